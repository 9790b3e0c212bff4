using System.Runtime.CompilerServices;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>Declarative environment records: the temporal dead zone of let, const and class bindings.</summary>
public static class BindingOperations
{
    /// <summary>
    /// GetBindingValue / SetMutableBinding on a binding not yet initialised throw a ReferenceError:
    /// https://tc39.es/ecma262/#sec-declarative-environment-records-getbindingvalue-n-s.
    /// An uninitialised binding holds JsValue.Hole.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CheckInitialized(JsValue value, string name)
    {
        if (value.IsHole) ThrowUninitialized(name);
        return value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void ThrowUninitialized(string name) => Throw.ReferenceError($"Cannot access '{name}' before initialization");

    /// <summary>`this` in a derived constructor before super() returned: https://tc39.es/ecma262/#sec-getthisbinding</summary>
    public static JsValue CheckThisInitialized(JsValue thisValue)
    {
        if (thisValue.IsUndefined)
            Throw.ReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
        return thisValue;
    }
}
