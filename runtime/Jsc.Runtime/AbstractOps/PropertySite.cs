using Jsc.Runtime.Objects;

namespace Jsc.Runtime.AbstractOps;

/// <summary>
/// The inline cache of one `obj.name` site in emitted code (a static field per site).
/// It remembers where the last lookup found a plain data property: the receiver's shape,
/// and for inherited properties the holder and the shape of every prototype up to it
/// (shapes include the prototype link, so equal shapes mean an equal chain). Entries are
/// immutable and swapped whole, so a racing reader sees an old or a new entry, never a mix.
/// </summary>
public sealed class PropertySite(string name)
{
    public readonly PropertyKey Key = new(name);
    public readonly string Name = name;
    public readonly bool IsLength = name == "length";
    internal Entry Cache = Entry.Empty;
    /// <summary>Earlier entries of a polymorphic site (receivers of several shapes), most recent first.</summary>
    internal Entry[]? Others;
    const int MaxEntries = 4;

    /// <summary>Makes an entry the site's first, keeping a few previous ones for polymorphic sites.</summary>
    internal void Remember(Entry entry)
    {
        var previous = Cache;
        Cache = entry;
        if (ReferenceEquals(previous, Entry.Empty)) return;
        var others = Others;
        if (others == null) { Others = [previous]; return; }
        int keep = Math.Min(others.Length, MaxEntries - 2);
        var next = new Entry[keep + 1];
        next[0] = previous;
        Array.Copy(others, 0, next, 1, keep);
        Others = next;
    }

    internal sealed class Entry(Shape receiver, JsObject? holder, Shape[]? chain, int slot)
    {
        public static readonly Entry Empty = new(Shape.Invalid, null, null, 0);
        public readonly Shape Receiver = receiver;
        /// <summary>Null for an own property.</summary>
        public readonly JsObject? Holder = holder;
        /// <summary>Shapes of the prototypes from the receiver's prototype to the holder.</summary>
        public readonly Shape[]? Chain = chain;
        public readonly int Slot = slot;
    }

    /// <summary>Cache of the last add-property transition at an assignment site.</summary>
    internal AddEntry? AddCache;
    /// <summary>Earlier transitions of a site that adds to objects of several shapes (a constructor called through subclasses).</summary>
    internal AddEntry[]? AddOthers;

    internal void RememberAdd(AddEntry entry)
    {
        var previous = AddCache;
        AddCache = entry;
        if (previous == null) return;
        var others = AddOthers;
        if (others == null) { AddOthers = [previous]; return; }
        int keep = Math.Min(others.Length, MaxEntries - 2);
        var next = new AddEntry[keep + 1];
        next[0] = previous;
        Array.Copy(others, 0, next, 1, keep);
        AddOthers = next;
    }

    internal sealed class AddEntry(Shape from, Shape to, Shape[] chain)
    {
        public readonly Shape From = from;
        public readonly Shape To = to;
        /// <summary>Shapes of every prototype: none may gain a setter or read-only property of this name unnoticed.</summary>
        public readonly Shape[] Chain = chain;
    }
}
