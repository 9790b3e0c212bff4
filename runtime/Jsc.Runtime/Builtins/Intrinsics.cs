using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Installs the built-in constructors, prototype methods and globals into a new realm.
/// Each built-in lives in Builtins/&lt;Name&gt;/ and registers its properties from one table
/// (see <see cref="BuiltinTable"/>); the installers are grouped into partial methods by area.
/// </summary>
public static partial class Intrinsics
{
    public static void Install(Realm realm)
    {
        realm.DefineGlobal("globalThis", JsValue.FromObject(realm.GlobalObject));
        InstallCore(realm);
        InstallCollections(realm);
        InstallText(realm);
        InstallBinary(realm);
        InstallKeyedCollectionsAndPromise(realm);
    }

    /// <summary>Object, Function, Error types, Boolean, Symbol, Number, Math, JSON, global functions.</summary>
    static partial void InstallCore(Realm realm);

    /// <summary>Array, String, console, generators.</summary>
    static partial void InstallCollections(Realm realm);

    /// <summary>RegExp, Date.</summary>
    static partial void InstallText(Realm realm);

    /// <summary>ArrayBuffer, typed arrays, DataView.</summary>
    static partial void InstallBinary(Realm realm);
    /// <summary>Map, Set, WeakMap, WeakSet, WeakRef, FinalizationRegistry, Promise, AggregateError.</summary>
    static partial void InstallKeyedCollectionsAndPromise(Realm realm);
}
