using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The iterator RegExp.prototype[@@matchAll] returns:
/// https://tc39.es/ecma262/#sec-regexp-string-iterator-objects
/// </summary>
internal sealed class RegExpStringIterator : JsObject
{
    readonly JsObject _matcher;
    readonly string _string;
    readonly bool _global, _fullUnicode;
    bool _done;

    public RegExpStringIterator(Realm realm, JsObject matcher, string s, bool global, bool fullUnicode)
        : base(RegExpRealm.For(realm).StringIteratorPrototype)
    {
        _matcher = matcher;
        _string = s;
        _global = global;
        _fullUnicode = fullUnicode;
    }

    public static void Install(Realm realm)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        proto.DefineMethods(realm, new BuiltinMethod("next", 0, Next));
        proto.DefineToStringTag("RegExp String Iterator");
        RegExpRealm.For(realm).StringIteratorPrototype = proto;
    }

    /// <summary>https://tc39.es/ecma262/#sec-%regexpstringiteratorprototype%.next</summary>
    static JsValue Next(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.Ref is not RegExpStringIterator o)
            return Throw.TypeError<JsValue>($"Method %RegExpStringIterator%.prototype.next called on incompatible receiver {Inspect.Brief(thisValue)}");
        if (o._done) return ArrayAlgorithms.CreateIterResultObject(JsValue.Undefined, true);
        var match = RegExpPrototype.RegExpExec(o._matcher, o._string);
        if (match.IsNull)
        {
            o._done = true;
            return ArrayAlgorithms.CreateIterResultObject(JsValue.Undefined, true);
        }
        if (!o._global)
        {
            o._done = true;
            return ArrayAlgorithms.CreateIterResultObject(match, false);
        }
        if (TypeConversion.ToString(match.Object.Get("0")).Length == 0)
        {
            double thisIndex = TypeConversion.ToLength(o._matcher.Get("lastIndex"));
            o._matcher.Set("lastIndex", RegExpPrototype.AdvanceStringIndex(o._string, thisIndex, o._fullUnicode), true);
        }
        return ArrayAlgorithms.CreateIterResultObject(match, false);
    }
}
