namespace BookstoreBlazor.LogtoEmulator.Pages;

/// <summary>The look of Logto's sign-in experience and of Kakao's consent screen, close enough to recognise.</summary>
internal static class EmulatorStyles
{
    public const string Css = """
        *{box-sizing:border-box}
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK KR",sans-serif;color:#191c1d}
        html[lang=ja] body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP",sans-serif}
        html[lang=ko] body{word-break:keep-all}
        body.logto{background:#e5e1ec;min-height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center;padding:24px}
        .card{background:#fff;border-radius:16px;width:100%;max-width:540px;padding:56px 70px 48px}
        h1{font-size:20px;text-align:center;margin:0 0 28px}
        label{display:block;font-size:13px;color:#5d6066;margin:0 0 4px}
        input[type=text],input[type=password]{width:100%;height:44px;border:1px solid #c4c7c7;border-radius:8px;padding:0 16px;font-size:15px;margin:0 0 16px}
        input:focus{outline:none;border-color:#5d34f2;box-shadow:0 0 0 3px rgba(93,52,242,.15)}
        .primary{width:100%;height:44px;border:0;border-radius:8px;background:#5d34f2;color:#fff;font-size:15px;cursor:pointer}
        .primary:hover{background:#4b25d9}
        .divider{display:flex;align-items:center;gap:16px;color:#747778;font-size:14px;margin:20px 0}
        .divider:before,.divider:after{content:"";flex:1;border-top:1px solid #e0e3e3}
        .social{display:flex;align-items:center;width:100%;height:44px;border:1px solid #c4c7c7;border-radius:8px;background:#fff;color:#191c1d;font-size:15px;text-decoration:none;padding:0 16px}
        .social span{flex:1;text-align:center;margin-right:24px}
        .social:hover{background:#f7f8f8}
        .switch{text-align:center;font-size:14px;color:#5d6066;margin-top:24px}
        .switch a{color:#5d34f2;text-decoration:none;font-weight:600}
        .error{background:#ffdad6;color:#93000a;border-radius:8px;padding:10px 14px;font-size:14px;margin:0 0 16px}
        .hint{background:#f2effa;border-radius:8px;padding:10px 14px;font-size:13px;color:#4b4e55;margin:0 0 24px}
        .hint code{font-size:13px;background:#fff;border-radius:4px;padding:1px 5px}
        .footer{margin-top:24px;font-size:14px;color:#a9acac}
        body.kakao{background:#f5f5f5;min-height:100vh;display:flex;justify-content:center;align-items:flex-start;padding:32px 16px}
        .kakao-card{background:#fff;width:100%;max-width:480px;border-radius:12px;overflow:hidden;box-shadow:0 2px 12px rgba(0,0,0,.08)}
        .kakao-head{background:#fee500;padding:20px 28px;font-weight:800;font-size:22px;letter-spacing:-.5px;color:#191600}
        .kakao-body{padding:24px 28px 28px}
        .kakao-body h1{text-align:left;font-size:18px;margin:0 0 4px}
        .kakao-body .sub{color:#6b6b6b;font-size:14px;margin:0 0 20px}
        .accounts{border:1px solid #eee;border-radius:10px;margin:0 0 20px}
        .account{display:flex;align-items:center;gap:12px;padding:12px 14px;border-top:1px solid #eee;cursor:pointer}
        .account:first-child{border-top:0}
        .account img{width:40px;height:40px;border-radius:50%}
        .account .who{flex:1;font-size:14px}
        .account .who small{display:block;color:#8a8a8a}
        .consent{list-style:none;padding:0;margin:0 0 24px;font-size:14px}
        .consent li{padding:6px 0;display:flex;gap:8px;align-items:center}
        .tag{font-size:11px;border-radius:4px;padding:1px 6px;background:#f1f1f1;color:#555}
        .tag.required{background:#fff4b0;color:#5a4b00}
        .kakao-actions{display:flex;gap:8px}
        .kakao-actions button{flex:1;height:48px;border:0;border-radius:8px;font-size:15px;cursor:pointer}
        .kakao-actions .agree{flex:2}
        .agree{background:#fee500;color:#191600;font-weight:700}
        .cancel{background:#f1f1f1;color:#333}
        """;
}
