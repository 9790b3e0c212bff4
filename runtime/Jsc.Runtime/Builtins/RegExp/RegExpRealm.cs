using System.Runtime.CompilerServices;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Per-realm RegExp state: the intrinsics the algorithms compare against, the legacy
/// RegExp.$1-style last match, and the check that lets the Symbol methods skip the spec's
/// observable property reads when nobody has changed RegExp.prototype (as V8 does).
/// </summary>
internal sealed class RegExpRealm
{
    static readonly ConditionalWeakTable<Realm, RegExpRealm> States = new();

    public readonly Realm Realm;
    public JsFunction Constructor = null!;
    public JsObject Prototype => Realm.RegExpPrototype;
    public JsObject StringIteratorPrototype = null!;
    /// <summary>Shape of a RegExp instance that has only its `lastIndex`.</summary>
    public Shape InstanceShape = null!;
    /// <summary>Shapes of an exec result array as its named properties are added: index, input, groups, indices.</summary>
    public Shape ResultIndex = null!, ResultInput = null!, ResultGroups = null!, ResultIndices = null!, IndicesGroups = null!;

    Shape? _prototypeShape, _constructorShape;
    object?[] _prototypeSlots = [];
    object? _speciesSlot;

    // Legacy static properties (RegExp.$1, lastMatch...): the last successful match, read lazily.
    /// <summary>The string the last match was found in (RegExp.input shows it until assigned).</summary>
    public string LastSubject { get; private set; } = "";

    /// <summary>RegExp.input and RegExp.$_.</summary>
    public string LastInput = "";
    System.Text.RegularExpressions.Match? _lastMatch;
    RegExpProgram? _lastProgram;
    int[] _lastPositions = [0, 0];

    int _lastStart = -1;

    public void RecordMatch(string input, System.Text.RegularExpressions.Match match, RegExpProgram program)
    {
        LastInput = LastSubject = input;
        _lastMatch = match;
        _lastProgram = program;
        _lastStart = -1;
    }

    /// <summary>A match found without captures: kept as where to run it again if the statics are read.</summary>
    public void RecordMatch(string input, int start, RegExpProgram program)
    {
        LastInput = LastSubject = input;
        _lastMatch = null;
        _lastProgram = program;
        _lastStart = start;
    }

    /// <summary>Start and end of the match and of each capture (-1 when undefined).</summary>
    public int[] LastMatch
    {
        get
        {
            if (_lastStart >= 0)
            {
                _lastMatch = _lastProgram!.Match(LastSubject, _lastStart);
                _lastStart = -1;
            }
            if (_lastMatch != null)
            {
                var positions = new int[2 * (_lastProgram!.GroupCount + 1)];
                positions[0] = _lastMatch.Index;
                positions[1] = _lastMatch.Index + _lastMatch.Length;
                for (int g = 1; g <= _lastProgram.GroupCount; g++)
                {
                    var (index, length) = _lastProgram.GetGroup(_lastMatch, g);
                    positions[2 * g] = index;
                    positions[2 * g + 1] = index + length;
                }
                _lastPositions = positions;
                _lastMatch = null;
            }
            return _lastPositions;
        }
    }

    RegExpRealm(Realm realm) => Realm = realm;

    public static RegExpRealm For(Realm realm) => States.GetValue(realm, r => new RegExpRealm(r));

    /// <summary>Records the prototype and constructor as installed.</summary>
    public void SnapshotIntrinsics()
    {
        var probe = new JsRegExp(Prototype, this);
        InstanceShape = probe.Shape!;
        var arrayRoot = Realm.ArrayPrototype.RootShapeForChildren;
        ResultIndex = arrayRoot.AddProperty("index", PropertyFlags.Default);
        ResultInput = ResultIndex.AddProperty("input", PropertyFlags.Default);
        ResultGroups = ResultInput.AddProperty("groups", PropertyFlags.Default);
        ResultIndices = ResultGroups.AddProperty("indices", PropertyFlags.Default);
        IndicesGroups = arrayRoot.AddProperty("groups", PropertyFlags.Default);
        _prototypeShape = Prototype.Shape;
        _prototypeSlots = Prototype._slots.Select(v => v.Ref).ToArray();
        _constructorShape = Constructor.Shape;
        int species = Constructor.Shape!.Lookup(JsSymbol.Species, out _);
        _speciesSlot = Constructor._slots[species].Ref;
    }

    /// <summary>
    /// Whether r is a RegExp with no own properties but lastIndex whose prototype and
    /// constructor are exactly as installed: then reading exec, flags, the flag getters,
    /// constructor and @@species cannot run user code or give other values.
    /// </summary>
    public bool IsPristine(JsObject r)
    {
        if (r is not JsRegExp || !ReferenceEquals(r.Shape, InstanceShape)) return false;
        var proto = Prototype;
        if (!ReferenceEquals(proto.Shape, _prototypeShape) || !ReferenceEquals(Constructor.Shape, _constructorShape)) return false;
        var slots = proto._slots;
        for (int i = 0; i < _prototypeSlots.Length; i++)
            if (!ReferenceEquals(slots[i].Ref, _prototypeSlots[i])) return false;
        int species = _constructorShape!.Lookup(JsSymbol.Species, out _);
        return ReferenceEquals(Constructor._slots[species].Ref, _speciesSlot);
    }
}
