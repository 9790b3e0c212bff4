using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>The JSON object. https://tc39.es/ecma262/#sec-json-object</summary>
public static class JsonObject
{
    public static void Install(Realm realm)
    {
        var json = new JsObject(realm.ObjectPrototype);
        json.DefineMethods(realm,
            new("parse", 2, Parse),
            new("stringify", 3, (_, args) => JsonStringifier.Stringify(args.Arg(0), args.Arg(1), args.Arg(2))));
        json.DefineToStringTag("JSON");
        realm.DefineGlobal("JSON", json);
    }

    /// <summary>https://tc39.es/ecma262/#sec-json.parse</summary>
    static JsValue Parse(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var unfiltered = JsonParser.Parse(TypeConversion.ToString(args.Arg(0)));
        if (args.Arg(1).AsObject is not JsFunction reviver) return unfiltered;
        var root = new JsObject(Realm.Current.ObjectPrototype);
        root.CreateDataProperty("", unfiltered);
        return InternalizeJsonProperty(root, "", reviver);
    }

    /// <summary>https://tc39.es/ecma262/#sec-internalizejsonproperty</summary>
    static JsValue InternalizeJsonProperty(JsObject holder, PropertyKey name, JsFunction reviver)
    {
        var value = holder.Get(name);
        if (value.AsObject is { } obj)
        {
            if (ArrayAlgorithms.IsArray(value))
            {
                double length = TypeConversion.ToLength(obj.Get("length"));
                for (uint i = 0; i < length; i++) Revive(obj, PropertyKey.FromIndex(i), reviver);
            }
            else
            {
                foreach (var key in ObjectAlgorithms.EnumerableOwnProperties(obj, ObjectAlgorithms.EnumerableKind.Key))
                    Revive(obj, new PropertyKey(key.String), reviver);
            }
        }
        return reviver.Call(holder, [name.ToJsValue(), value]);
    }

    static void Revive(JsObject obj, PropertyKey key, JsFunction reviver)
    {
        var element = InternalizeJsonProperty(obj, key, reviver);
        if (element.IsUndefined) obj.Delete(key);
        else obj.CreateDataProperty(key, element);
    }
}
