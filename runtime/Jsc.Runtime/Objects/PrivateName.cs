using Jsc.Runtime.Values;

namespace Jsc.Runtime.Objects;

/// <summary>A Private Name (https://tc39.es/ecma262/#sec-private-names): made once per class evaluation for each `#name`.</summary>
public sealed class PrivateName(string description)
{
    public readonly string Description = description;
    /// <summary>For a static private method or accessor: its class's name (V8 words a failed brand check with it).</summary>
    public string? StaticMethodOwner;
    /// <summary>For an instance private method or accessor: its class's name.</summary>
    public string? InstanceMethodOwner;
    public override string ToString() => Description;
}

/// <summary>A PrivateElement (https://tc39.es/ecma262/#sec-privateelement-specification-type): a field, a method or an accessor.</summary>
public sealed class PrivateElement
{
    public PrivateElementKind Kind;
    public JsValue Value;
    public JsFunction? Getter;
    public JsFunction? Setter;
}

public enum PrivateElementKind { Field, Method, Accessor }

/// <summary>
/// The elements a class constructor adds to each instance (https://tc39.es/ecma262/#sec-initializeinstanceelements):
/// private methods and accessors first, then fields in order, each field with its
/// initializer (a method whose `this` is the instance) or none.
/// </summary>
public sealed class ClassFieldList
{
    public readonly List<(PrivateName Name, PrivateElement Element)> PrivateMethods = new();
    public readonly List<(object Key, JsFunction? Initializer)> Fields = new();
}
