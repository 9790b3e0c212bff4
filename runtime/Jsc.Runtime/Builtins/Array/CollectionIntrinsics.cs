using System.Runtime.CompilerServices;
using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// The intrinsics of Array, String and console that <see cref="Realm"/> has no field for:
/// %ArrayIteratorPrototype%, %StringIteratorPrototype% and the functions whose identity
/// fast paths check (an array whose @@iterator is still %Array.prototype.values% can be
/// iterated without the protocol). One instance per realm, found through a weak table.
/// </summary>
public sealed class CollectionIntrinsics
{
    static readonly ConditionalWeakTable<Realm, CollectionIntrinsics> ByRealm = new();

    public JsObject ArrayIteratorPrototype = null!;
    public JsObject StringIteratorPrototype = null!;
    public JsFunction ArrayValues = null!;
    public JsFunction ArrayIteratorNext = null!;

    public static CollectionIntrinsics Of(Realm realm) => ByRealm.GetValue(realm, _ => new CollectionIntrinsics());
}
