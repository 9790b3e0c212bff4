using System.Text;

namespace Jsc.Runtime.Values;

/// <summary>
/// A string built by concatenation, flattened on first use. Repeated `s += x` then costs
/// amortised O(total length) instead of copying the whole string each time.
/// </summary>
public sealed class JsRope
{
    object _left;   // string or JsRope; the flat string once flattened
    object? _right;
    public readonly int Length;

    public JsRope(object left, object right, int length)
    {
        _left = left;
        _right = right;
        Length = length;
    }

    public string Flatten()
    {
        if (_right == null) return (string)_left;
        var sb = new StringBuilder(Length);
        // Iterative walk: ropes built by long += loops are deep on the left.
        var stack = new Stack<object>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is string s) { sb.Append(s); continue; }
            var rope = (JsRope)node;
            if (rope._right == null) { sb.Append((string)rope._left); continue; }
            stack.Push(rope._right);
            stack.Push(rope._left);
        }
        var flat = sb.ToString();
        _left = flat;
        _right = null;
        return flat;
    }

    public override string ToString() => Flatten();
}
