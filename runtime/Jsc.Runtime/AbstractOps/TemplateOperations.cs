using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>Tagged templates' template objects: https://tc39.es/ecma262/#sec-gettemplateobject</summary>
public static class TemplateOperations
{
    /// <summary>
    /// The frozen array of cooked strings (undefined where an escape was invalid) with a frozen
    /// `raw` array; the emitter caches it per site, so each evaluation of a site sees the same object.
    /// </summary>
    public static JsObject CreateTemplateObject(string?[] cooked, string[] raw)
    {
        var realm = Realm.Current;
        var template = new JsArray(realm.ArrayPrototype);
        var rawArray = new JsArray(realm.ArrayPrototype);
        for (int i = 0; i < raw.Length; i++)
        {
            template.Push(cooked[i] is { } s ? JsValue.FromString(s) : JsValue.Undefined);
            rawArray.Push(raw[i]);
        }
        Builtins.ObjectAlgorithms.SetIntegrityLevel(rawArray, Builtins.ObjectAlgorithms.IntegrityLevel.Frozen);
        template.DefinePropertyOrThrow("raw", PropertyDescriptor.Data(JsValue.FromObject(rawArray), PropertyFlags.None));
        Builtins.ObjectAlgorithms.SetIntegrityLevel(template, Builtins.ObjectAlgorithms.IntegrityLevel.Frozen);
        return template;
    }
}
