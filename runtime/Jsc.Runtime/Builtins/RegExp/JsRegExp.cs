using System.Runtime.CompilerServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// A RegExp instance: https://tc39.es/ecma262/#sec-properties-of-regexp-instances
/// [[OriginalSource]], [[OriginalFlags]] and the matcher (a shared <see cref="RegExpProgram"/>),
/// plus the own `lastIndex` data property, which is the first slot of every instance.
/// </summary>
public sealed class JsRegExp : JsObject
{
    internal RegExpProgram Program = null!;
    internal readonly RegExpRealm State;
    public string Source { get; private set; } = "";
    public string Flags { get; private set; } = "";
    internal bool Global, Sticky, HasIndices, FullUnicode;

    internal JsRegExp(JsObject prototype, RegExpRealm state) : base(prototype)
    {
        State = state;
        FastAddProperty("lastIndex", 0, PropertyFlags.Writable);
    }

    public override string ClassName => "RegExp";

    /// <summary>https://tc39.es/ecma262/#sec-regexpinitialize</summary>
    internal JsRegExp Initialize(JsValue pattern, JsValue flags)
    {
        string p = pattern.IsUndefined ? "" : TypeConversion.ToString(pattern);
        string f = flags.IsUndefined ? "" : TypeConversion.ToString(flags);
        if (!ValidFlags(f)) Throw.SyntaxError($"Invalid flags supplied to RegExp constructor '{f}'");
        try
        {
            Program = RegExpProgram.Get(p, f);
        }
        catch (RegExpSyntaxException e)
        {
            Throw.SyntaxError($"Invalid regular expression: /{p}/{f}: {e.Message}");
        }
        catch (ArgumentException e)
        {
            Throw.SyntaxError($"Invalid regular expression: /{p}/{f}: {e.Message}");
        }
        Source = p;
        Flags = f;
        Global = f.Contains('g');
        Sticky = f.Contains('y');
        HasIndices = f.Contains('d');
        FullUnicode = f.Contains('u') || f.Contains('v');
        SetLastIndex(0);
        return this;
    }

    static bool ValidFlags(string flags)
    {
        int seen = 0;
        foreach (char c in flags)
        {
            int bit = "dgimsuvy".IndexOf(c);
            if (bit < 0 || (seen & (1 << bit)) != 0) return false;
            seen |= 1 << bit;
        }
        // u and v exclude each other.
        return (seen & 0b0110_0000) != 0b0110_0000;
    }

    /// <summary>Get(R, "lastIndex"): an own, non-configurable data property, so always slot 0.</summary>
    internal JsValue LastIndex
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            TryGetOwnSlot("lastIndex", out var value, out _);
            return value;
        }
    }

    /// <summary>Set(R, "lastIndex", value, true).</summary>
    internal void SetLastIndex(JsValue value)
    {
        if (Shape != null && Shape.Lookup("lastIndex", out var flags) == 0 && (flags & PropertyFlags.Writable) != 0)
        {
            _slots[0] = value;
            return;
        }
        if (!Set("lastIndex", value, JsValue.FromObject(this)))
            Throw.TypeError("Cannot assign to read only property 'lastIndex' of object '[object RegExp]'");
    }

    // Ordinary [[Get]] without descriptor allocation: a RegExp has no exotic properties.
    public override JsValue Get(PropertyKey key, JsValue receiver)
    {
        if (TryGetOwnSlot(key, out var value, out var flags))
        {
            if ((flags & PropertyFlags.Accessor) == 0) return value;
            var getter = ((Accessor)value.Ref!).Getter;
            return getter == null ? JsValue.Undefined : getter.Call(receiver, ReadOnlySpan<JsValue>.Empty);
        }
        var proto = Prototype;
        return proto == null ? JsValue.Undefined : proto.Get(key, receiver);
    }
}
