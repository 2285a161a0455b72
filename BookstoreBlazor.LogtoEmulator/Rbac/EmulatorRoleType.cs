namespace BookstoreBlazor.LogtoEmulator.Rbac;

/// <summary>Logto's role types: user roles go to users, machine-to-machine roles to M2M apps, never the other way round.</summary>
public enum EmulatorRoleType
{
    User,
    MachineToMachine,
}
