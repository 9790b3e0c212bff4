using System.Runtime.CompilerServices;
using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The binary-data intrinsics a <see cref="Realm"/> has no field for: %ArrayBuffer%,
/// %TypedArray% and its prototype, the nine concrete constructors and prototypes, %DataView%.
/// One instance per realm, found through a weak table (like <see cref="CollectionIntrinsics"/>).
/// </summary>
public sealed class TypedArrayIntrinsics
{
    static readonly ConditionalWeakTable<Realm, TypedArrayIntrinsics> ByRealm = new();

    public JsObject ArrayBufferPrototype = null!;
    public JsFunction ArrayBufferConstructor = null!;
    public JsObject SharedArrayBufferPrototype = null!;
    public JsFunction SharedArrayBufferConstructor = null!;
    public JsObject TypedArrayPrototype = null!;
    public JsFunction TypedArrayConstructor = null!;
    public readonly JsObject[] Prototypes = new JsObject[TypedArrayKinds.Count];
    public readonly JsFunction[] Constructors = new JsFunction[TypedArrayKinds.Count];
    public JsObject DataViewPrototype = null!;
    /// <summary>%TypedArray%.prototype.values, which @@iterator also holds.</summary>
    public JsFunction Values = null!;

    public static TypedArrayIntrinsics Of(Realm realm) => ByRealm.GetValue(realm, _ => new TypedArrayIntrinsics());

    /// <summary>The concrete constructor kind if <paramref name="constructor"/> is one of this realm's, else -1.</summary>
    public int KindOfConstructor(JsObject constructor) => Array.IndexOf(Constructors, constructor);
}
