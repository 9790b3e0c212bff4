using System.Runtime.CompilerServices;
using Jsc.Runtime.Objects;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// What the util module gives the Inspector in each realm: util.inspect itself (passed to
/// custom inspect methods, and never called as one), the inspect.styles and inspect.colors
/// objects programs may change, and inspect.defaultOptions.
/// </summary>
public static partial class Inspector
{
    public sealed class RealmHooks
    {
        public JsFunction? Inspect;
        public JsObject? Styles;
        public JsObject? Colors;
        public InspectOptions Defaults = new();
    }

    static readonly ConditionalWeakTable<Realm, RealmHooks> hooks = new();

    public static RealmHooks HooksOf(Realm realm) => hooks.GetValue(realm, _ => new RealmHooks());
}
