using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

public static partial class Intrinsics
{
    static partial void InstallText(Realm realm)
    {
        RegExpConstructor.Install(realm);
        RegExpPrototype.Install(realm);
        RegExpRealm.For(realm).SnapshotIntrinsics();
        DateConstructor.Install(realm);
        DatePrototype.Install(realm);
    }
}
