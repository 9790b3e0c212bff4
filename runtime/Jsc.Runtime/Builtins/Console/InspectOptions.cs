using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The options of node's util.inspect (https://nodejs.org/docs/latest-v20.x/api/util.html#utilinspectobject-options),
/// with node's defaults. <see cref="Compact"/> is a number of levels, 0 for `false`, or
/// <see cref="CompactTrue"/> for `true`; <see cref="Depth"/> is infinite for `null`.
/// </summary>
public sealed class InspectOptions
{
    public const int CompactTrue = -1;

    public bool ShowHidden;
    public double Depth = 2;
    public bool Colors;
    public bool CustomInspect = true;
    public bool ShowProxy;
    public double MaxArrayLength = 100;
    public double MaxStringLength = 10000;
    public double BreakLength = 80;
    public int Compact = 3;
    public bool Sorted;
    /// <summary>false, true, "get" or "set".</summary>
    public string? Getters;
    public bool NumericSeparator;

    public InspectOptions Clone() => (InspectOptions)MemberwiseClone();

    /// <summary>Reads an options object as util.inspect does: own enumerable keys override the defaults.</summary>
    public static InspectOptions FromObject(JsValue options, InspectOptions? defaults = null)
    {
        var result = defaults?.Clone() ?? new InspectOptions();
        if (options.Ref is not JsObject o) return result;
        foreach (var key in o.OwnPropertyKeys())
        {
            if (!key.IsString || o.GetOwnProperty(key) is not { Enumerable: true }) continue;
            var v = o.Get(key);
            switch (key.Name)
            {
                case "showHidden": result.ShowHidden = TypeConversion.ToBoolean(v); break;
                case "depth": result.Depth = v.IsNull ? double.PositiveInfinity : v.IsNumber ? v.Number : result.Depth; break;
                case "colors": result.Colors = TypeConversion.ToBoolean(v); break;
                case "customInspect": result.CustomInspect = TypeConversion.ToBoolean(v); break;
                case "showProxy": result.ShowProxy = TypeConversion.ToBoolean(v); break;
                case "maxArrayLength": result.MaxArrayLength = v.IsNull ? double.PositiveInfinity : v.IsNumber ? v.Number : result.MaxArrayLength; break;
                case "maxStringLength": result.MaxStringLength = v.IsNull ? double.PositiveInfinity : v.IsNumber ? v.Number : result.MaxStringLength; break;
                case "breakLength": result.BreakLength = v.IsNumber ? v.Number : result.BreakLength; break;
                case "compact": result.Compact = v.IsTrue ? CompactTrue : v.IsNumber ? (int)v.Number : 0; break;
                case "sorted": result.Sorted = TypeConversion.ToBoolean(v); break;
                case "getters": result.Getters = v.IsString ? v.String : TypeConversion.ToBoolean(v) ? "true" : null; break;
                case "numericSeparator": result.NumericSeparator = TypeConversion.ToBoolean(v); break;
            }
        }
        return result;
    }

    /// <summary>The options as the object a custom [util.inspect.custom] method receives.</summary>
    public JsObject ToObject(Realm realm)
    {
        var o = new JsObject(realm.ObjectPrototype);
        o.FastAddProperty("showHidden", ShowHidden);
        o.FastAddProperty("depth", double.IsPositiveInfinity(Depth) ? JsValue.Null : Depth);
        o.FastAddProperty("colors", Colors);
        o.FastAddProperty("customInspect", CustomInspect);
        o.FastAddProperty("showProxy", ShowProxy);
        o.FastAddProperty("maxArrayLength", MaxArrayLength);
        o.FastAddProperty("maxStringLength", MaxStringLength);
        o.FastAddProperty("breakLength", BreakLength);
        o.FastAddProperty("compact", Compact == CompactTrue ? JsValue.True : Compact == 0 ? JsValue.False : Compact);
        o.FastAddProperty("sorted", Sorted);
        o.FastAddProperty("getters", Getters == null ? JsValue.False : Getters == "true" ? JsValue.True : Getters);
        o.FastAddProperty("numericSeparator", NumericSeparator);
        return o;
    }
}
