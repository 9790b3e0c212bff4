using System.Runtime.CompilerServices;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The generator intrinsics <see cref="Realm"/> has no field for: %GeneratorFunction%,
/// %GeneratorFunction.prototype% and the shape of generator closures (whose [[Prototype]]
/// is %GeneratorFunction.prototype%). %GeneratorPrototype% itself is <see cref="Realm.GeneratorPrototype"/>.
/// One instance per realm, found through a weak table.
/// </summary>
public sealed class GeneratorIntrinsics
{
    static readonly ConditionalWeakTable<Realm, GeneratorIntrinsics> ByRealm = new();

    public JsObject GeneratorFunctionPrototype = null!;
    public JsFunction GeneratorFunction = null!;
    /// <summary>%GeneratorPrototype%.next: iteration of a generator whose `next` is still this skips the result objects.</summary>
    public JsFunction Next = null!;
    /// <summary>Shape of generator closures: `length` then `name`, like <see cref="Realm.ClosureShape"/>.</summary>
    public Shape ClosureShape = null!;

    public static GeneratorIntrinsics Of(Realm realm) => ByRealm.GetValue(realm, _ => new GeneratorIntrinsics());

    /// <summary>The closure shape for a function of this kind (generator functions inherit from %GeneratorFunction.prototype%).</summary>
    public static Shape ClosureShapeFor(FunctionKind kind)
    {
        var realm = Realm.Current;
        if ((kind & (FunctionKind.Generator | FunctionKind.Async)) == 0)
            return (kind & (FunctionKind.Strict | FunctionKind.Arrow | FunctionKind.Method | FunctionKind.ClassConstructor)) == 0 ? realm.SloppyClosureShape : realm.ClosureShape;
        if ((kind & FunctionKind.Async) == 0) return Of(realm).ClosureShape;
        var async = AsyncIntrinsics.Of(realm);
        return (kind & FunctionKind.Generator) != 0 ? async.AsyncGeneratorClosureShape : async.AsyncClosureShape;
    }

    /// <summary>OrdinaryCreateFromConstructor(F, "%GeneratorFunction.prototype.prototype%"): https://tc39.es/ecma262/#sec-getprototypefromconstructor</summary>
    internal static JsObject InstancePrototype(JsClosure generatorFunction) =>
        generatorFunction.Get("prototype").Ref as JsObject ?? Realm.Current.GeneratorPrototype;
}
