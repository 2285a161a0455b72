namespace BookstoreBlazor.LogtoEmulator.Localization;

/// <summary>The simulated Kakao consent page in Korean, English, Japanese, and Korean with English alongside.</summary>
internal static class KakaoTexts
{
    public static readonly KakaoText Korean = new()
    {
        Lang = "ko",
        DocumentTitle = "카카오계정으로 로그인",
        Heading = "카카오계정으로 로그인",
        Subtitle = "동의 화면 (카카오 시뮬레이터)",
        ChooseAccount = "계정 선택",
        NoEmail = "이메일 없음",
        ConsentItems = "동의 항목",
        Required = "필수",
        Optional = "선택",
        Nickname = "닉네임",
        ProfileImage = "프로필 사진",
        Email = "카카오계정(이메일)",
        Cancel = "취소",
        Agree = "동의하고 계속하기",
    };

    public static readonly KakaoText English = new()
    {
        Lang = "en",
        DocumentTitle = "Kakao Login",
        Heading = "Log in with your Kakao Account",
        Subtitle = "Consent (Kakao simulator)",
        ChooseAccount = "Choose an account",
        NoEmail = "no email",
        ConsentItems = "Consent items",
        Required = "Required",
        Optional = "Optional",
        Nickname = "Nickname",
        ProfileImage = "Profile image",
        Email = "Kakao Account (email)",
        Cancel = "Cancel",
        Agree = "Agree and continue",
    };

    public static readonly KakaoText Japanese = new()
    {
        Lang = "ja",
        DocumentTitle = "カカオアカウントでログイン",
        Heading = "カカオアカウントでログイン",
        Subtitle = "同意画面（Kakao シミュレーター）",
        ChooseAccount = "アカウントを選択",
        NoEmail = "メールアドレスなし",
        ConsentItems = "同意項目",
        Required = "必須",
        Optional = "任意",
        Nickname = "ニックネーム",
        ProfileImage = "プロフィール写真",
        Email = "カカオアカウント（メールアドレス）",
        Cancel = "キャンセル",
        Agree = "同意して続ける",
    };

    public static readonly KakaoText KoreanAndEnglish = new()
    {
        Lang = "ko",
        DocumentTitle = "카카오계정으로 로그인 · Kakao Login",
        Heading = "카카오계정으로 로그인",
        Subtitle = "Log in with your Kakao Account · 동의 화면 (Kakao simulator)",
        ChooseAccount = "계정 선택 · Choose an account",
        NoEmail = "이메일 없음 · no email",
        ConsentItems = "동의 항목 · Consent items",
        Required = "필수 Required",
        Optional = "선택 Optional",
        Nickname = "닉네임 · Nickname",
        ProfileImage = "프로필 사진 · Profile image",
        Email = "카카오계정(이메일) · Email",
        Cancel = "취소 · Cancel",
        Agree = "동의하고 계속하기 · Agree and continue",
    };
}
