using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Installs the built-in constructors, prototype methods and globals into a new realm.
/// Each built-in lives in Builtins/&lt;Name&gt;/ and registers itself from one table.
/// </summary>
public static class Intrinsics
{
    public static void Install(Realm realm)
    {
        realm.DefineGlobal("globalThis", Values.JsValue.FromObject(realm.GlobalObject));
    }
}
