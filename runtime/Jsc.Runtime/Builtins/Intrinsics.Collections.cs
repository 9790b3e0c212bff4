using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

public static partial class Intrinsics
{
    /// <summary>Array (with its iterator), String (with its iterator) and the console global.</summary>
    static partial void InstallCollections(Realm realm)
    {
        var intrinsics = CollectionIntrinsics.Of(realm);
        ArrayConstructor.Install(realm);
        ArrayPrototype.Install(realm, intrinsics);
        ArrayIteratorPrototype.Install(realm, intrinsics);
        StringConstructor.Install(realm);
        StringPrototype.Install(realm, intrinsics);
        StringIteratorPrototype.Install(realm, intrinsics);
        ConsoleObject.Install(realm);
        GeneratorPrototype.Install(realm);
        AsyncIntrinsics.Install(realm);
    }
}
