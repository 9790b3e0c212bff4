using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

public static partial class Intrinsics
{
    /// <summary>ArrayBuffer, %TypedArray% and the typed array constructors, DataView.</summary>
    static partial void InstallBinary(Realm realm)
    {
        var intrinsics = TypedArrayIntrinsics.Of(realm);
        ArrayBufferConstructor.Install(realm, intrinsics);
        SharedArrayBufferConstructor.Install(realm, intrinsics);
        AtomicsObject.Install(realm);
        TypedArrayConstructor.Install(realm, intrinsics);
        TypedArrayPrototype.Install(realm, intrinsics);
        DataViewConstructor.Install(realm, intrinsics);
    }
}
