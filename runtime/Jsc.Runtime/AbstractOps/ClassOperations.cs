using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>Class definitions and `super`: https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation</summary>
public static class ClassOperations
{
    /// <summary>Links a class constructor with its new prototype object and its superclass; returns the prototype.</summary>
    public static JsValue CreateClass(JsValue constructor, JsValue superClass, bool hasSuper)
    {
        var realm = Realm.Current;
        var ctor = (JsClosure)constructor.Object;
        JsObject? protoParent = realm.ObjectPrototype;
        JsObject constructorParent = realm.FunctionPrototype;
        if (hasSuper)
        {
            if (superClass.IsNull)
            {
                protoParent = null;
            }
            else
            {
                if (superClass.AsObject is not JsFunction { IsConstructor: true } parent)
                    return Throw.TypeError<JsValue>($"Class extends value {Inspect.Brief(superClass)} is not a constructor or null");
                var parentProto = parent.Get("prototype");
                if (!parentProto.IsObject && !parentProto.IsNull)
                    return Throw.TypeError<JsValue>($"Class extends value does not have valid prototype property {Inspect.Brief(parentProto)}");
                protoParent = parentProto.AsObject;
                constructorParent = parent;
            }
        }
        var proto = new JsObject(protoParent);
        ctor.SetPrototypeOf(constructorParent);
        ctor.DefinePropertyOrThrow("prototype", PropertyDescriptor.Data(JsValue.FromObject(proto), PropertyFlags.None));
        proto.FastAddProperty("constructor", constructor, PropertyFlags.Writable | PropertyFlags.Configurable);
        ctor.HomeObject = proto;
        return JsValue.FromObject(proto);
    }

    /// <summary>A method, getter (kind 1) or setter (kind 2) of a class: non-enumerable, with its home object for `super`.</summary>
    public static void DefineMethod(JsValue target, JsValue key, JsValue function, int kind)
    {
        var home = target.Object;
        var method = (JsClosure)function.Object;
        method.HomeObject = home;
        var propertyKey = TypeConversion.ToPropertyKey(key);
        method.SetFunctionName(propertyKey, kind switch { 1 => "get", 2 => "set", _ => null });
        if (kind == 0)
        {
            home.DefinePropertyOrThrow(propertyKey, PropertyDescriptor.Data(function, PropertyFlags.Writable | PropertyFlags.Configurable));
            return;
        }
        var desc = new PropertyDescriptor { HasEnumerable = true, Enumerable = false, HasConfigurable = true, Configurable = true };
        if (kind == 1) { desc.Getter = method; desc.HasGet = true; }
        else { desc.Setter = method; desc.HasSet = true; }
        home.DefinePropertyOrThrow(propertyKey, desc);
    }

    /// <summary>`super(...args)`: constructs the parent with this constructor's new.target; the result is `this`.</summary>
    public static JsValue SuperCall(JsClosure activeFunction, JsValue newTarget, ReadOnlySpan<JsValue> args)
    {
        var super_ = activeFunction.GetPrototypeOf();
        if (super_ is not JsFunction { IsConstructor: true } parent)
        {
            // V8 names both by their `name`; a nameless parent (Function.prototype after `extends null`) shows as null.
            string name = FunctionName(activeFunction) is { Length: > 0 } n ? n : "anonymous class";
            string what = super_ is JsFunction f ? (FunctionName(f) is { Length: > 0 } fn ? fn : "null")
                : super_ == null ? "null" : Inspect.Brief(JsValue.FromObject(super_));
            return Throw.TypeError<JsValue>($"Super constructor {what} of {name} is not a constructor");
        }
        var result = parent.Construct(args, newTarget.AsObject ?? activeFunction);
        if (activeFunction.InstanceFields != null && result.AsObject is { } instance)
            ClassElementOperations.InitializeInstanceElements(instance, activeFunction);
        return result;
    }

    /// <summary>`super(...)` inside an arrow: the enclosing derived constructor, kept in its environment, is the active function.</summary>
    public static JsValue SuperCallFromArrow(JsValue constructor, JsValue newTarget, ReadOnlySpan<JsValue> args) =>
        SuperCall((JsClosure)constructor.Object, newTarget, args);

    /// <summary>A closure as a value, to keep in an environment.</summary>
    public static JsValue FunctionValue(JsClosure function) => JsValue.FromObject(function);

    static string FunctionName(JsFunction f) =>
        f.GetOwnProperty("name") is { IsDataDescriptor: true, Value.IsString: true } desc ? desc.Value.String : "";

    /// <summary>`super.name` / `super[key]`: looked up from the home object's prototype, with `this` as receiver.</summary>
    public static JsValue SuperGet(JsClosure activeFunction, JsValue thisValue, JsValue key)
    {
        var home = activeFunction.HomeObject ?? Throw.TypeError<JsObject>("'super' keyword unexpected here");
        var proto = home.GetPrototypeOf();
        return proto == null ? JsValue.Undefined : proto.Get(TypeConversion.ToPropertyKey(key), thisValue);
    }

    /// <summary>`super[key] = value`: the home object's prototype's [[Set]] with `this` as receiver
    /// (https://tc39.es/ecma262/#sec-super-keyword-runtime-semantics-evaluation); leaves nothing.</summary>
    public static void SuperSet(JsClosure activeFunction, JsValue thisValue, JsValue key, JsValue value, bool strict)
    {
        var home = activeFunction.HomeObject ?? Throw.TypeError<JsObject>("'super' keyword unexpected here");
        var propertyKey = TypeConversion.ToPropertyKey(key);
        var proto = home.GetPrototypeOf();
        bool ok = proto != null
            ? proto.Set(propertyKey, value, thisValue)
            : thisValue.AsObject is { } receiver && receiver.DefineOwnProperty(propertyKey, PropertyDescriptor.Data(value, PropertyFlags.Default));
        if (!ok && strict) Builtins.ObjectAlgorithms.ThrowSetFailure(thisValue.AsObject ?? home, propertyKey);
    }

    /// <summary>An object literal's method: the literal is its home object.</summary>
    public static JsValue SetHomeObject(JsValue method, JsValue home)
    {
        ((JsClosure)method.Object).HomeObject = home.AsObject;
        return method;
    }

    /// <summary>An arrow sees its enclosing function's `super`.</summary>
    public static JsValue InheritHomeObject(JsValue arrow, JsClosure enclosing)
    {
        ((JsClosure)arrow.Object).HomeObject = enclosing.HomeObject;
        return arrow;
    }

    /// <summary>BindThisValue after `super(...)` (https://tc39.es/ecma262/#sec-bindthisvalue): `this` may be bound once.</summary>
    public static JsValue BindThisValue(JsValue result, JsValue current)
    {
        if (!current.IsUndefined) Throw.ReferenceError("Super constructor may only be called once");
        return result;
    }

    /// <summary>What a derived constructor returns: an object it returned explicitly, else its `this`.</summary>
    public static JsValue DerivedResult(JsValue returned, JsValue thisValue)
    {
        if (returned.IsObject) return returned;
        if (!returned.IsUndefined) Throw.TypeError("Derived constructors may only return object or undefined");
        if (thisValue.IsUndefined)
            Throw.ReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
        return thisValue;
    }
}
