using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>
/// An Iterator Record: https://tc39.es/ecma262/#sec-iterator-records — for for-of, spread
/// and array destructuring. Arrays whose iteration is not customised are walked directly.
/// </summary>
public sealed class IteratorRecord
{
    readonly JsObject? _iterator;
    readonly JsValue _next;
    readonly JsArray? _array;
    uint _index;
    bool _done;

    /// <summary>A generator iterated with the intrinsic `next`: stepped without result objects.</summary>
    readonly Builtins.JsGenerator? _generator;

    IteratorRecord(JsObject? iterator, JsValue next, JsArray? array)
    {
        _iterator = iterator;
        _next = next;
        _array = array;
        if (iterator is Builtins.JsGenerator generator && ReferenceEquals(next.Ref, Builtins.GeneratorIntrinsics.Of(Realm.Current).Next)) _generator = generator;
    }

    /// <summary>https://tc39.es/ecma262/#sec-getiterator</summary>
    public static IteratorRecord From(JsValue iterable) => From(iterable, null);

    /// <summary>Marks a subject as the argument of a spread in a call (V8 words that failure differently).</summary>
    public const char CallSpreadMark = '\u0002';
    /// <summary>Marks a subject as a call's callee: its return value was what could not be iterated.</summary>
    public const char CallResultMark = '\u0003';

    /// <summary>GetIterator, with V8's TypeError naming the iterated expression by its source text
    /// (<paramref name="subject"/>; null when the compiler has none to give).</summary>
    public static IteratorRecord From(JsValue iterable, string? subject)
    {
        var realm = Realm.Current;
        if (iterable.Ref is JsArray array && array.IsDense && IsDefaultArrayIteration(array, realm))
            return new IteratorRecord(null, default, array);
        var method = iterable.IsNullOrUndefined ? JsValue.Undefined : ObjectOperations.GetIndex(iterable, JsValue.FromSymbol(JsSymbol.Iterator));
        if (method.AsObject is not JsFunction fn)
            return Throw.TypeError<IteratorRecord>(NotIterableMessage(iterable, subject));
        var iterator = fn.Call(iterable, ReadOnlySpan<JsValue>.Empty);
        if (iterator.AsObject is not { } iteratorObject) return Throw.TypeError<IteratorRecord>("Result of the Symbol.iterator method is not an object");
        return new IteratorRecord(iteratorObject, iteratorObject.Get("next"), null);
    }

    static bool IsDefaultArrayIteration(JsArray array, Realm realm)
    {
        if (!ReferenceEquals(array.Prototype, realm.ArrayPrototype) || array.HasOwnPropertyFast(JsSymbol.Iterator)) return false;
        return realm.ArrayPrototype.Get(JsSymbol.Iterator).Ref is JsObject f && ReferenceEquals(f, realm.ArrayValuesFunction);
    }

    /// <summary>https://tc39.es/ecma262/#sec-iteratorstepvalue</summary>
    public bool Step(out JsValue value)
    {
        if (_done) { value = default; return false; }
        if (_array != null)
        {
            if (_index < _array.Length)
            {
                value = _array.GetIndex(_index++);
                return true;
            }
            _done = true;
            value = default;
            return false;
        }
        if (_generator != null)
        {
            if (_generator.StepForIteration(out value)) return true;
            _done = true;
            return false;
        }
        var result = ObjectOperations.CallFunction(_next, JsValue.FromObject(_iterator!));
        if (result.AsObject is not { } resultObject) { Throw.TypeError($"Iterator result {Inspect.Brief(result)} is not an object"); value = default; return false; }
        if (TypeConversion.ToBoolean(resultObject.Get("done")))
        {
            _done = true;
            value = default;
            return false;
        }
        value = resultObject.Get("value");
        return true;
    }

    public JsValue NextOrUndefined() => Step(out var value) ? value : JsValue.Undefined;

    /// <summary>The remaining values as a new array (a rest element).</summary>
    public JsValue Rest()
    {
        var array = new JsArray(Realm.Current.ArrayPrototype);
        while (Step(out var value)) array.Push(value);
        return JsValue.FromObject(array);
    }

    /// <summary>
    /// https://tc39.es/ecma262/#sec-iteratorclose — a for-of loop left by break, return or a
    /// throw. With a throw completion the loop's own exception wins over errors from `return`.
    /// </summary>
    public void CloseForLoop(bool throwing)
    {
        if (_done || _iterator == null) return;
        _done = true;
        if (throwing)
        {
            try
            {
                if (_iterator.Get("return").AsObject is JsFunction quiet) quiet.Call(JsValue.FromObject(_iterator), ReadOnlySpan<JsValue>.Empty);
            }
            catch (JsException) { }
            return;
        }
        var ret = _iterator.Get("return");
        if (ret.IsNullOrUndefined) return;
        if (ret.AsObject is not JsFunction fn) { Throw.TypeError($"{Inspect.Brief(ret)} is not a function"); return; }
        var result = fn.Call(JsValue.FromObject(_iterator), ReadOnlySpan<JsValue>.Empty);
        if (!result.IsObject) Throw.TypeError($"Iterator result {Inspect.Brief(result)} is not an object");
    }

    /// <summary>https://tc39.es/ecma262/#sec-iteratorclose — for destructuring that stops early.</summary>
    public void CloseIfNotDone()
    {
        if (_done || _iterator == null) return;
        _done = true;
        var ret = _iterator.Get("return");
        if (ret.AsObject is JsFunction fn) fn.Call(JsValue.FromObject(_iterator), ReadOnlySpan<JsValue>.Empty);
    }

    static string NotIterableMessage(JsValue iterable, string? subject)
    {
        if (string.IsNullOrEmpty(subject)) return $"{Inspect.Brief(iterable)} is not iterable";
        if (subject[0] == CallResultMark) return $"{subject[1..]} is not a function or its return value is not iterable";
        if (subject[0] != CallSpreadMark) return $"{subject} is not iterable";
        return iterable.IsNullOrUndefined
            ? $"{subject[1..]} is not iterable (cannot read property {(iterable.IsNull ? "null" : "undefined")})"
            : "Spread syntax requires ...iterable[Symbol.iterator] to be a function";
    }
}
