using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// %GeneratorPrototype% (https://tc39.es/ecma262/#sec-properties-of-generator-prototype),
/// %GeneratorFunction.prototype% (https://tc39.es/ecma262/#sec-properties-of-the-generatorfunction-prototype-object)
/// and %GeneratorFunction% (https://tc39.es/ecma262/#sec-generatorfunction-constructor).
/// </summary>
public static class GeneratorPrototype
{
    public static void Install(Realm realm)
    {
        var intrinsics = GeneratorIntrinsics.Of(realm);
        var functionPrototype = new JsObject(realm.FunctionPrototype);
        intrinsics.GeneratorFunctionPrototype = functionPrototype;
        intrinsics.ClosureShape = functionPrototype.RootShapeForChildren
            .AddProperty("length", PropertyFlags.Configurable)
            .AddProperty("name", PropertyFlags.Configurable);

        // %GeneratorFunction%: a subclass of Function, like it made from source text.
        var ctor = new JsNativeFunction(realm, "GeneratorFunction", 1,
            (_, args) => FunctionConstructor.CreateDynamicFunction(args, "generator"),
            (args, _) => FunctionConstructor.CreateDynamicFunction(args, "generator"));
        ctor.SetPrototypeOf(realm.FunctionPrototype.Get("constructor").Ref as JsObject);
        ctor.FastAddProperty("prototype", JsValue.FromObject(functionPrototype), PropertyFlags.None);
        intrinsics.GeneratorFunction = ctor;

        functionPrototype.FastAddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Configurable);
        functionPrototype.FastAddProperty("prototype", JsValue.FromObject(realm.GeneratorPrototype), PropertyFlags.Configurable);
        functionPrototype.FastAddProperty(JsSymbol.ToStringTag, "GeneratorFunction", PropertyFlags.Configurable);

        var proto = realm.GeneratorPrototype;
        proto.FastAddProperty("constructor", JsValue.FromObject(functionPrototype), PropertyFlags.Configurable);
        proto.DefineMethods(realm,
            new BuiltinMethod("next", 1, Next),
            new BuiltinMethod("return", 1, Return),
            new BuiltinMethod("throw", 1, ThrowMethod));
        proto.FastAddProperty(JsSymbol.ToStringTag, "Generator", PropertyFlags.Configurable);
        intrinsics.Next = (JsFunction)proto.Get("next").Object;
    }

    static JsGenerator This(JsValue thisValue, string method) => thisValue.Ref as JsGenerator ??
        Throw.TypeError<JsGenerator>($"Method [Generator].prototype.{method} called on incompatible receiver {Inspect.Brief(thisValue)}");

    /// <summary>https://tc39.es/ecma262/#sec-generator.prototype.next</summary>
    static JsValue Next(JsValue thisValue, ReadOnlySpan<JsValue> args) => This(thisValue, "next").Resume(ResumeMode.Next, args.Arg(0));

    /// <summary>https://tc39.es/ecma262/#sec-generator.prototype.return</summary>
    static JsValue Return(JsValue thisValue, ReadOnlySpan<JsValue> args) => This(thisValue, "return").Resume(ResumeMode.Return, args.Arg(0));

    /// <summary>https://tc39.es/ecma262/#sec-generator.prototype.throw</summary>
    static JsValue ThrowMethod(JsValue thisValue, ReadOnlySpan<JsValue> args) => This(thisValue, "throw").Resume(ResumeMode.Throw, args.Arg(0));
}
