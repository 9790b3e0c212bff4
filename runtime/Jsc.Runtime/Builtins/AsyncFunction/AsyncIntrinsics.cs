using System.Runtime.CompilerServices;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The async intrinsics: %AsyncFunction% and its prototype (https://tc39.es/ecma262/#sec-async-function-objects),
/// %AsyncGeneratorFunction%, %AsyncGeneratorFunction.prototype%, %AsyncGeneratorPrototype%
/// (https://tc39.es/ecma262/#sec-asyncgeneratorfunction-objects), %AsyncIteratorPrototype%
/// and %AsyncFromSyncIteratorPrototype%, with the closure shapes of async functions.
/// One instance per realm, found through a weak table.
/// </summary>
public sealed class AsyncIntrinsics
{
    static readonly ConditionalWeakTable<Realm, AsyncIntrinsics> ByRealm = new();

    public JsObject AsyncFunctionPrototype = null!, AsyncGeneratorFunctionPrototype = null!;
    public JsObject AsyncGeneratorPrototype = null!, AsyncIteratorPrototype = null!, AsyncFromSyncIteratorPrototype = null!;
    public JsFunction AsyncFunction = null!, AsyncGeneratorFunction = null!;
    public Shape AsyncClosureShape = null!, AsyncGeneratorClosureShape = null!;

    public static AsyncIntrinsics Of(Realm realm) => ByRealm.GetValue(realm, _ => new AsyncIntrinsics());

    public static void Install(Realm realm)
    {
        var intrinsics = Of(realm);
        var functionConstructor = realm.FunctionPrototype.Get("constructor").Ref as JsObject;

        intrinsics.AsyncIteratorPrototype = new JsObject(realm.ObjectPrototype);
        
        intrinsics.AsyncIteratorPrototype.FastAddProperty(JsSymbol.AsyncIterator,
            JsValue.FromObject(new JsNativeFunction(realm, "[Symbol.asyncIterator]", 0, (thisValue, _) => thisValue)), PropertyFlags.Writable | PropertyFlags.Configurable);

        // %AsyncFunction% and %AsyncFunction.prototype%
        var asyncFunctionPrototype = intrinsics.AsyncFunctionPrototype = new JsObject(realm.FunctionPrototype);
        var asyncFunction = intrinsics.AsyncFunction = MakeConstructor(realm, "AsyncFunction", "async", functionConstructor, asyncFunctionPrototype);
        asyncFunctionPrototype.FastAddProperty("constructor", JsValue.FromObject(asyncFunction), PropertyFlags.Configurable);
        asyncFunctionPrototype.FastAddProperty(JsSymbol.ToStringTag, "AsyncFunction", PropertyFlags.Configurable);
        intrinsics.AsyncClosureShape = ClosureShape(asyncFunctionPrototype);

        // %AsyncGeneratorFunction%, its prototype and %AsyncGeneratorPrototype%
        var generatorFunctionPrototype = intrinsics.AsyncGeneratorFunctionPrototype = new JsObject(realm.FunctionPrototype);
        var generatorFunction = intrinsics.AsyncGeneratorFunction = MakeConstructor(realm, "AsyncGeneratorFunction", "asyncGenerator", functionConstructor, generatorFunctionPrototype);
        var generatorPrototype = intrinsics.AsyncGeneratorPrototype = new JsObject(intrinsics.AsyncIteratorPrototype);
        generatorFunctionPrototype.FastAddProperty("constructor", JsValue.FromObject(generatorFunction), PropertyFlags.Configurable);
        generatorFunctionPrototype.FastAddProperty("prototype", JsValue.FromObject(generatorPrototype), PropertyFlags.Configurable);
        generatorFunctionPrototype.FastAddProperty(JsSymbol.ToStringTag, "AsyncGeneratorFunction", PropertyFlags.Configurable);
        intrinsics.AsyncGeneratorClosureShape = ClosureShape(generatorFunctionPrototype);

        generatorPrototype.FastAddProperty("constructor", JsValue.FromObject(generatorFunctionPrototype), PropertyFlags.Configurable);
        generatorPrototype.DefineMethods(realm,
            new BuiltinMethod("next", 1, (t, a) => Request(t, ResumeMode.Next, a.Arg(0), "next")),
            new BuiltinMethod("return", 1, (t, a) => Request(t, ResumeMode.Return, a.Arg(0), "return")),
            new BuiltinMethod("throw", 1, (t, a) => Request(t, ResumeMode.Throw, a.Arg(0), "throw")));
        generatorPrototype.FastAddProperty(JsSymbol.ToStringTag, "AsyncGenerator", PropertyFlags.Configurable);

        AsyncFromSyncIterator.Install(realm, intrinsics);
    }

    static JsFunction MakeConstructor(Realm realm, string name, string kind, JsObject? functionConstructor, JsObject prototype)
    {
        var ctor = new JsNativeFunction(realm, name, 1,
            (_, args) => FunctionConstructor.CreateDynamicFunction(args, kind),
            (args, _) => FunctionConstructor.CreateDynamicFunction(args, kind));
        ctor.SetPrototypeOf(functionConstructor);
        ctor.FastAddProperty("prototype", JsValue.FromObject(prototype), PropertyFlags.None);
        return ctor;
    }

    static Shape ClosureShape(JsObject prototype) => prototype.RootShapeForChildren
        .AddProperty("length", PropertyFlags.Configurable)
        .AddProperty("name", PropertyFlags.Configurable);

    /// <summary>AsyncGenerator.prototype.next/return/throw: https://tc39.es/ecma262/#sec-asyncgenerator-prototype-next</summary>
    static JsValue Request(JsValue thisValue, ResumeMode mode, JsValue value, string method)
    {
        if (thisValue.Ref is JsAsyncGenerator generator) return JsValue.FromObject(generator.Enqueue(mode, value));
        var error = Errors.Throw.MakeError(Realm.Current.TypeErrorPrototype,
            $"Method [AsyncGenerator].prototype.{method} called on incompatible receiver {Inspect.Brief(thisValue)}");
        return JsValue.FromObject(JsAsyncGenerator.Rejected(error));
    }
}
