using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>A String Iterator instance: https://tc39.es/ecma262/#sec-createstringiterator — iterates by code point.</summary>
public sealed class StringIterator : JsObject
{
    /// <summary>The iterated string; null once exhausted.</summary>
    string? _string;
    int _position;

    StringIterator(JsObject prototype, string s) : base(prototype)
    {
        _string = s;
    }

    /// <summary>https://tc39.es/ecma262/#sec-string.prototype-@@iterator</summary>
    internal static JsValue Iterate(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = StringPrototype.ThisString(thisValue, "String.prototype[Symbol.iterator]");
        return JsValue.FromObject(new StringIterator(CollectionIntrinsics.Of(Realm.Current).StringIteratorPrototype, s));
    }

    /// <summary>%StringIteratorPrototype%.next: https://tc39.es/ecma262/#sec-%stringiteratorprototype%.next</summary>
    internal static JsValue Next(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.Ref is not StringIterator iterator)
            return Throw.TypeError<JsValue>($"Method String Iterator.prototype.next called on incompatible receiver {Inspect.Brief(thisValue)}");
        var s = iterator._string;
        if (s == null || iterator._position >= s.Length)
        {
            iterator._string = null;
            return ArrayAlgorithms.CreateIterResultObject(JsValue.Undefined, true);
        }
        StringPrototype.CodePointAt(s, iterator._position, out int units);
        var value = units == 1 ? StringPrototype.CharString(s[iterator._position]) : s.Substring(iterator._position, units);
        iterator._position += units;
        return ArrayAlgorithms.CreateIterResultObject(value, false);
    }
}

/// <summary>%StringIteratorPrototype%: https://tc39.es/ecma262/#sec-%stringiteratorprototype%-object</summary>
public static class StringIteratorPrototype
{
    public static void Install(Realm realm, CollectionIntrinsics intrinsics)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        proto.DefineMethods(realm, new BuiltinMethod("next", 0, StringIterator.Next));
        proto.FastAddProperty(JsSymbol.ToStringTag, "String Iterator", PropertyFlags.Configurable);
        intrinsics.StringIteratorPrototype = proto;
    }
}
