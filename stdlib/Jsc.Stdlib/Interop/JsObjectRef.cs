using System.Dynamic;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Interop;

/// <summary>
/// A JavaScript object or function held by .NET code. Every member marshals onto the runtime's
/// loop thread. As `dynamic`: `obj.name` reads a property, `obj.name = v` writes one,
/// `obj.f(a, b)` calls a method with `this` = obj, `fn(a, b)` calls a function, `obj["k"]` indexes.
/// Through `dynamic` every member name means a JavaScript property; this class's own members
/// (<see cref="Construct"/>, <see cref="ToDictionary"/>, ...) are reached through a typed reference.
/// </summary>
public sealed class JsObjectRef : DynamicObject
{
    readonly JsRuntime _runtime;

    /// <summary>The object itself: touch it only on the loop thread (inside <see cref="JsRuntime.Invoke{T}"/>).</summary>
    public JsObject Object { get; }

    internal JsObjectRef(JsRuntime runtime, JsObject obj)
    {
        _runtime = runtime;
        Object = obj;
    }

    public bool IsFunction => Object is JsFunction;

    /// <summary>A property's value, converted.</summary>
    public object? Get(string name) => _runtime.Invoke(() => JsMarshal.ToClr(_runtime, Object.Get(name)));

    public void Set(string name, object? value) => _runtime.Invoke(() => Object.Set(name, JsMarshal.ToJs(_runtime, value), true));

    /// <summary>Calls the method <paramref name="name"/> with this object as `this`.</summary>
    public object? Call(string name, params object?[] args) => _runtime.Invoke(() =>
    {
        var method = Object.Get(name);
        if (method.AsObject is not JsFunction function) return Throw.TypeError<object?>($"{name} is not a function");
        return JsMarshal.ToClr(_runtime, function.Call(JsValue.FromObject(Object), Convert(args)));
    });

    /// <summary>Calls this function with `this` undefined.</summary>
    public object? Invoke(params object?[] args) => _runtime.Invoke(() =>
    {
        if (Object is not JsFunction function) return Throw.TypeError<object?>("object is not a function");
        return JsMarshal.ToClr(_runtime, function.Call(JsValue.Undefined, Convert(args)));
    });

    /// <summary>`new F(...args)` with this function as F.</summary>
    public object? Construct(params object?[] args) => _runtime.Invoke(() =>
    {
        if (Object is not JsFunction function) return Throw.TypeError<object?>("object is not a constructor");
        return JsMarshal.ToClr(_runtime, function.Construct(Convert(args), function));
    });

    /// <summary>
    /// Calls the method <paramref name="name"/> with a Node-style callback `(err, result)` appended;
    /// the task completes with the result, or fails with the error as <see cref="JsException"/>.
    /// </summary>
    public Task<object?> CallWithCallbackAsync(string name, params object?[] args)
    {
        var done = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<JsValue, JsValue> callback = (error, result) =>
        {
            if (!error.IsNullOrUndefined) done.TrySetException(new JsException(error).CaptureJsStack());
            else done.TrySetResult(JsMarshal.ToClr(_runtime, result));
        };
        try
        {
            Call(name, [.. args, callback]);
        }
        catch (Exception e)
        {
            done.TrySetException(e);
        }
        return done.Task;
    }

    /// <summary>The own enumerable string-keyed properties, converted (a shallow copy).</summary>
    public Dictionary<string, object?> ToDictionary() => _runtime.Invoke(() =>
    {
        var result = new Dictionary<string, object?>();
        foreach (var key in Object.OwnPropertyKeys())
            if (key.IsString && Object.GetOwnProperty(key) is { Enumerable: true }) result[key.Name] = JsMarshal.ToClr(_runtime, Object.Get(key));
        return result;
    });

    JsValue[] Convert(object?[] args)
    {
        var values = new JsValue[args.Length];
        for (int i = 0; i < args.Length; i++) values[i] = JsMarshal.ToJs(_runtime, args[i]);
        return values;
    }

    public override IEnumerable<string> GetDynamicMemberNames() => _runtime.Invoke(() =>
        Object.OwnPropertyKeys().Where(k => k.IsString).Select(k => k.Name).ToList());

    public override bool TryGetMember(GetMemberBinder binder, out object? result)
    {
        result = Get(binder.Name);
        return true;
    }

    public override bool TrySetMember(SetMemberBinder binder, object? value)
    {
        Set(binder.Name, value);
        return true;
    }

    public override bool TryInvokeMember(InvokeMemberBinder binder, object?[]? args, out object? result)
    {
        result = Call(binder.Name, args ?? []);
        return true;
    }

    public override bool TryInvoke(InvokeBinder binder, object?[]? args, out object? result)
    {
        result = Invoke(args ?? []);
        return true;
    }

    public override bool TryGetIndex(GetIndexBinder binder, object[] indexes, out object? result)
    {
        result = _runtime.Invoke(() => JsMarshal.ToClr(_runtime, Object.Get(TypeConversion.ToPropertyKey(JsMarshal.ToJs(_runtime, indexes[0])))));
        return true;
    }

    public override string ToString() => _runtime.Invoke(() => TypeConversion.ToString(JsValue.FromObject(Object)));
}
