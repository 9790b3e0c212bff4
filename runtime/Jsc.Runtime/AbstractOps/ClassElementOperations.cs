using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.AbstractOps;

/// <summary>
/// Class fields, static blocks and private names (ES2022):
/// https://tc39.es/ecma262/#sec-classdefinitionevaluation and https://tc39.es/ecma262/#sec-private-names.
/// The emitter evaluates keys and makes initializer closures in element order; instance
/// elements are recorded on the constructor and added to each new instance.
/// </summary>
public static class ClassElementOperations
{
    /// <summary>A new Private Name for `#name`, made each time the class is evaluated.</summary>
    public static JsValue NewPrivateName(string description) => JsValue.FromInternal(new PrivateName(description));

    /// <summary>A computed field key: ToPropertyKey, once, when the class is evaluated.</summary>
    public static JsValue FieldKey(JsValue key) => TypeConversion.ToPropertyKey(key) is var k && k.IsSymbol ? JsValue.FromSymbol(k.Symbol) : JsValue.FromString(k.Name);

    static ClassFieldList FieldsOf(JsValue constructor)
    {
        var ctor = (JsClosure)constructor.Object;
        return ctor.InstanceFields ??= new ClassFieldList();
    }

    /// <summary>Records an instance field: its key (a property key or a private name) and its initializer or undefined.</summary>
    public static void AddInstanceField(JsValue constructor, JsValue home, JsValue key, JsValue initializer)
    {
        var init = initializer.AsObject as JsClosure;
        if (init != null) init.HomeObject = home.Object;
        FieldsOf(constructor).Fields.Add((key.Ref is PrivateName name ? name : TypeConversion.ToPropertyKey(key), init));
    }

    /// <summary>A private method (kind 0), getter (1) or setter (2): on the constructor now if static, else on every instance.</summary>
    public static void AddPrivateMethod(JsValue constructor, JsValue home, JsValue name, JsValue function, int kind, bool isStatic)
    {
        var method = (JsClosure)function.Object;
        method.HomeObject = home.Object;
        var privateName = (PrivateName)name.Ref!;
        if (isStatic)
        {
            var target = constructor.Object;
            privateName.StaticMethodOwner = ((JsFunction)target).DisplayName;
            target.PrivateElements ??= new();
            if (target.PrivateElements.TryGetValue(privateName, out var existing)) Merge(existing, method, kind);
            else target.PrivateElements[privateName] = Create(method, kind);
            return;
        }
        privateName.InstanceMethodOwner = ((JsFunction)constructor.Object).DisplayName;
        var list = FieldsOf(constructor).PrivateMethods;
        foreach (var (n, e) in list)
        {
            if (n != privateName) continue;
            Merge(e, method, kind);
            return;
        }
        list.Add((privateName, Create(method, kind)));
    }

    static PrivateElement Create(JsFunction method, int kind) => kind == 0
        ? new PrivateElement { Kind = PrivateElementKind.Method, Value = JsValue.FromObject(method) }
        : new PrivateElement { Kind = PrivateElementKind.Accessor, Getter = kind == 1 ? method : null, Setter = kind == 2 ? method : null };

    static void Merge(PrivateElement element, JsFunction method, int kind)
    {
        if (kind == 1) element.Getter = method;
        else element.Setter = method;
    }

    /// <summary>A static field: its initializer runs now with `this` = the class, then the field is defined on it.</summary>
    public static void DefineStaticField(JsValue constructor, JsValue key, JsValue initializer)
    {
        var target = constructor.Object;
        var value = JsValue.Undefined;
        if (initializer.AsObject is JsClosure init)
        {
            init.HomeObject = target;
            value = init.Call(constructor, ReadOnlySpan<JsValue>.Empty);
        }
        DefineField(target, key.Ref is PrivateName name ? name : TypeConversion.ToPropertyKey(key), value);
    }

    /// <summary>A static block: called with `this` = the class.</summary>
    public static void RunStaticBlock(JsValue constructor, JsValue block)
    {
        var body = (JsClosure)block.Object;
        body.HomeObject = constructor.Object;
        body.Call(constructor, ReadOnlySpan<JsValue>.Empty);
    }

    /// <summary>https://tc39.es/ecma262/#sec-initializeinstanceelements</summary>
    public static void InitializeInstanceElements(JsObject target, JsClosure constructor)
    {
        var fields = constructor.InstanceFields!;
        foreach (var (name, element) in fields.PrivateMethods)
        {
            target.PrivateElements ??= new();
            if (!target.PrivateElements.TryAdd(name, element))
                Throw.TypeError($"Cannot initialize private methods of class {constructor.DisplayName} twice on the same object");
        }
        foreach (var (key, init) in fields.Fields)
        {
            var value = init == null ? JsValue.Undefined : init.Call(JsValue.FromObject(target), ReadOnlySpan<JsValue>.Empty);
            DefineField(target, key, value);
        }
    }

    /// <summary>https://tc39.es/ecma262/#sec-definefield</summary>
    static void DefineField(JsObject target, object key, JsValue value)
    {
        if (key is PrivateName name)
        {
            target.PrivateElements ??= new();
            if (!target.PrivateElements.TryAdd(name, new PrivateElement { Kind = PrivateElementKind.Field, Value = value }))
                Throw.TypeError($"Cannot initialize {name} twice on the same object");
            return;
        }
        var propertyKey = (PropertyKey)key;
        if (!target.DefineOwnProperty(propertyKey, PropertyDescriptor.Data(value, PropertyFlags.Default)))
            Throw.TypeError(target.IsExtensible() ? $"Cannot redefine property: {propertyKey}" : $"Cannot define property {propertyKey}, object is not extensible");
    }

    static PrivateElement? Find(JsValue target, PrivateName name) =>
        target.AsObject is { PrivateElements: { } elements } && elements.TryGetValue(name, out var element) ? element : null;

    static string BrandCheckMessage(PrivateName name, string verb, string preposition) =>
        name.StaticMethodOwner != null ? $"Receiver must be class {name.StaticMethodOwner}"
        : name.InstanceMethodOwner != null ? $"Receiver must be an instance of class {name.InstanceMethodOwner}"
        : $"Cannot {verb} private member {name} {preposition} an object whose class did not declare it";

    /// <summary>https://tc39.es/ecma262/#sec-privateget</summary>
    public static JsValue PrivateGet(JsValue target, JsValue privateName)
    {
        var name = (PrivateName)privateName.Ref!;
        var element = Find(target, name) ?? Throw.TypeError<PrivateElement>(BrandCheckMessage(name, "read", "from"));
        if (element.Kind != PrivateElementKind.Accessor) return element.Value;
        if (element.Getter == null) Throw.TypeError($"'{name}' was defined without a getter");
        return element.Getter!.Call(target, ReadOnlySpan<JsValue>.Empty);
    }

    /// <summary>https://tc39.es/ecma262/#sec-privateset — returns the value assigned.</summary>
    public static JsValue PrivateSet(JsValue target, JsValue privateName, JsValue value)
    {
        var name = (PrivateName)privateName.Ref!;
        var element = Find(target, name) ?? Throw.TypeError<PrivateElement>(BrandCheckMessage(name, "write", "to"));
        switch (element.Kind)
        {
            case PrivateElementKind.Field:
                element.Value = value;
                break;
            case PrivateElementKind.Method:
                Throw.TypeError($"Private method '{name}' is not writable");
                break;
            default:
                if (element.Setter == null) Throw.TypeError($"'{name}' was defined without a setter");
                element.Setter!.Call(target, new[] { value });
                break;
        }
        return value;
    }

    /// <summary>`#name in target`: https://tc39.es/ecma262/#sec-relational-operators-runtime-semantics-evaluation</summary>
    public static JsValue PrivateIn(JsValue privateName, JsValue target)
    {
        var name = (PrivateName)privateName.Ref!;
        if (!target.IsObject) Throw.TypeError($"Cannot use 'in' operator to search for '{name}' in {Inspect.Brief(target)}");
        return JsValue.FromBoolean(Find(target, name) != null);
    }
}
