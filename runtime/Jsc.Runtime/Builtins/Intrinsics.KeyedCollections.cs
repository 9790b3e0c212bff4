using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

public static partial class Intrinsics
{
    static partial void InstallKeyedCollectionsAndPromise(Realm realm)
    {
        MapConstructor.Install(realm);
        SetConstructor.Install(realm);
        WeakCollections.Install(realm);
        WeakRefConstructor.Install(realm);
        FinalizationRegistryConstructor.Install(realm);
        PromiseConstructor.Install(realm);
        AggregateErrorConstructor.Install(realm);
    }
}
