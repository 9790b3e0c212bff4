using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using static Jsc.Runtime.Builtins.ArrayAlgorithms;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// sort and toSorted as V8 does them: the values (not holes, not undefined) are copied into
/// a work list, sorted with <see cref="TimSort"/>, and written back followed by the
/// undefineds, with the holes deleted at the end. Using V8's exact algorithm means even an
/// inconsistent comparator (`(a, b) => a > b`) sees the same calls and gives node's order.
/// </summary>
public static partial class ArrayPrototype
{
    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.sort</summary>
    static JsValue Sort(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var comparator = SortComparator(args.Arg(0));
        var obj = ThisObject(thisValue);
        double len = LengthOfArrayLike(obj);
        if (len < 2) return obj;
        var (items, undefinedCount) = CollectSortItems(obj, len, skipHoles: true);
        TimSort.Sort(items, comparator);
        int index = 0;
        foreach (var item in items) SetElement(obj, index++, item);
        for (int i = 0; i < undefinedCount; i++) SetElement(obj, index++, JsValue.Undefined);
        for (double k = index; k < len; k++) DeleteElementOrThrow(obj, k);
        return obj;
    }

    /// <summary>https://tc39.es/ecma262/#sec-array.prototype.tosorted</summary>
    static JsValue ToSorted(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var comparator = SortComparator(args.Arg(0));
        var o = ThisObject(thisValue);
        double len = LengthOfArrayLike(o);
        var a = ArrayCreate(len);
        var (items, undefinedCount) = CollectSortItems(o, len, skipHoles: false);
        TimSort.Sort(items, comparator);
        int index = 0;
        foreach (var item in items) CreateDataPropertyOrThrow(a, index++, item);
        for (int i = 0; i < undefinedCount; i++) CreateDataPropertyOrThrow(a, index++, JsValue.Undefined);
        return a;
    }

    static Comparison<JsValue>? SortComparator(JsValue comparefn)
    {
        if (comparefn.IsUndefined) return null;
        if (comparefn.Ref is not JsFunction f)
            return Throw.TypeError<Comparison<JsValue>>("The comparison function must be either a function or undefined");
        var argv = new JsValue[2];
        return (x, y) =>
        {
            argv[0] = x;
            argv[1] = y;
            double v = TypeConversion.ToNumber(f.Call(JsValue.Undefined, argv));
            return double.IsNaN(v) || v == 0 ? 0 : v < 0 ? -1 : 1;
        };
    }

    static (List<JsValue> Items, int UndefinedCount) CollectSortItems(JsObject o, double len, bool skipHoles)
    {
        var items = new List<JsValue>();
        int undefinedCount = 0;
        for (double k = 0; k < len; k++)
        {
            JsValue value;
            if (skipHoles)
            {
                if (!TryGetElement(o, k, out value)) continue;
            }
            else value = GetElement(o, k);
            if (value.IsUndefined) undefinedCount++;
            else items.Add(value);
        }
        return (items, undefinedCount);
    }
}

/// <summary>
/// V8's TimSort (third_party/v8/builtins/array-sort.tq, after CPython's listsort), step for
/// step: natural runs extended to minrun by binary insertion, a pending-runs stack merged
/// under the usual invariants, galloping merges. With no comparator, values compare as
/// strings (https://tc39.es/ecma262/#sec-comparearrayelements); primitives' strings are
/// computed once since converting them has no side effects.
/// </summary>
static class TimSort
{
    public static void Sort(List<JsValue> items, Comparison<JsValue>? compare)
    {
        if (items.Count < 2) return;
        if (compare == null && items.TrueForAll(v => !v.IsObject && !v.IsSymbol))
        {
            var keyed = new (string Key, JsValue Value)[items.Count];
            for (int i = 0; i < keyed.Length; i++) keyed[i] = (TypeConversion.ToString(items[i]), items[i]);
            new TimSort<(string Key, JsValue Value)>(keyed, (x, y) => string.CompareOrdinal(x.Key, y.Key)).Run();
            for (int i = 0; i < keyed.Length; i++) items[i] = keyed[i].Value;
            return;
        }
        var work = items.ToArray();
        new TimSort<JsValue>(work, compare ?? DefaultCompare).Run();
        for (int i = 0; i < work.Length; i++) items[i] = work[i];
    }

    static int DefaultCompare(JsValue x, JsValue y) =>
        string.CompareOrdinal(TypeConversion.ToString(x), TypeConversion.ToString(y));
}

sealed class TimSort<T>
{
    const int MinGallopWins = 7;
    readonly T[] _work;
    readonly Comparison<T> _compare;
    T[] _temp = new T[32];
    readonly List<(int Base, int Length)> _runs = new();
    int _minGallop = MinGallopWins;

    public TimSort(T[] work, Comparison<T> compare)
    {
        _work = work;
        _compare = compare;
    }

    int Compare(T x, T y) => _compare(x, y);

    public void Run()
    {
        int remaining = _work.Length, low = 0;
        int minRun = ComputeMinRunLength(remaining);
        while (remaining != 0)
        {
            int runLength = CountAndMakeRun(low, low + remaining);
            if (runLength < minRun)
            {
                int forced = Math.Min(minRun, remaining);
                BinaryInsertionSort(low, low + runLength, low + forced);
                runLength = forced;
            }
            _runs.Add((low, runLength));
            MergeCollapse();
            low += runLength;
            remaining -= runLength;
        }
        MergeForceCollapse();
    }

    static int ComputeMinRunLength(int n)
    {
        int r = 0;
        while (n >= 64)
        {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    void BinaryInsertionSort(int low, int start, int high)
    {
        var a = _work;
        if (low == start) start++;
        for (; start < high; start++)
        {
            int left = low, right = start;
            var pivot = a[right];
            while (left < right)
            {
                int mid = left + ((right - left) >> 1);
                if (Compare(pivot, a[mid]) < 0) right = mid;
                else left = mid + 1;
            }
            for (int p = start; p > left; p--) a[p] = a[p - 1];
            a[left] = pivot;
        }
    }

    int CountAndMakeRun(int lowArg, int high)
    {
        var a = _work;
        int low = lowArg + 1;
        if (low == high) return 1;
        int runLength = 2;
        var previous = a[low];
        bool descending = Compare(a[low], a[low - 1]) < 0;
        for (int idx = low + 1; idx < high; idx++)
        {
            var current = a[idx];
            int order = Compare(current, previous);
            if (descending ? order >= 0 : order < 0) break;
            previous = current;
            runLength++;
        }
        if (descending) Array.Reverse(a, lowArg, runLength);
        return runLength;
    }

    bool RunInvariantEstablished(int n) =>
        n < 2 || _runs[n - 2].Length > _runs[n - 1].Length + _runs[n].Length;

    void MergeCollapse()
    {
        while (_runs.Count > 1)
        {
            int n = _runs.Count - 2;
            if (!RunInvariantEstablished(n + 1) || !RunInvariantEstablished(n))
            {
                if (_runs[n - 1].Length < _runs[n + 1].Length) n--;
                MergeAt(n);
            }
            else if (_runs[n].Length <= _runs[n + 1].Length) MergeAt(n);
            else break;
        }
    }

    void MergeForceCollapse()
    {
        while (_runs.Count > 1)
        {
            int n = _runs.Count - 2;
            if (n > 0 && _runs[n - 1].Length < _runs[n + 1].Length) n--;
            MergeAt(n);
        }
    }

    void MergeAt(int i)
    {
        var (baseA, lengthA) = _runs[i];
        var (baseB, lengthB) = _runs[i + 1];
        _runs[i] = (baseA, lengthA + lengthB);
        _runs.RemoveAt(i + 1);

        int k = GallopRight(_work, _work[baseB], baseA, lengthA, 0);
        baseA += k;
        lengthA -= k;
        if (lengthA == 0) return;
        lengthB = GallopLeft(_work, _work[baseA + lengthA - 1], baseB, lengthB, lengthB - 1);
        if (lengthB == 0) return;
        if (lengthA <= lengthB) MergeLow(baseA, lengthA, baseB, lengthB);
        else MergeHigh(baseA, lengthA, baseB, lengthB);
    }

    int GallopLeft(T[] array, T key, int @base, int length, int hint)
    {
        int lastOfs = 0, offset = 1;
        if (Compare(array[@base + hint], key) < 0)
        {
            int maxOfs = length - hint;
            while (offset < maxOfs)
            {
                if (Compare(array[@base + hint + offset], key) >= 0) break;
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) offset = maxOfs;
            }
            if (offset > maxOfs) offset = maxOfs;
            lastOfs += hint;
            offset += hint;
        }
        else
        {
            int maxOfs = hint + 1;
            while (offset < maxOfs)
            {
                if (Compare(array[@base + hint - offset], key) < 0) break;
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) offset = maxOfs;
            }
            if (offset > maxOfs) offset = maxOfs;
            int tmp = lastOfs;
            lastOfs = hint - offset;
            offset = hint - tmp;
        }
        lastOfs++;
        while (lastOfs < offset)
        {
            int m = lastOfs + ((offset - lastOfs) >> 1);
            if (Compare(array[@base + m], key) < 0) lastOfs = m + 1;
            else offset = m;
        }
        return offset;
    }

    int GallopRight(T[] array, T key, int @base, int length, int hint)
    {
        int lastOfs = 0, offset = 1;
        if (Compare(key, array[@base + hint]) < 0)
        {
            int maxOfs = hint + 1;
            while (offset < maxOfs)
            {
                if (Compare(key, array[@base + hint - offset]) >= 0) break;
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) offset = maxOfs;
            }
            if (offset > maxOfs) offset = maxOfs;
            int tmp = lastOfs;
            lastOfs = hint - offset;
            offset = hint - tmp;
        }
        else
        {
            int maxOfs = length - hint;
            while (offset < maxOfs)
            {
                if (Compare(key, array[@base + hint + offset]) < 0) break;
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) offset = maxOfs;
            }
            if (offset > maxOfs) offset = maxOfs;
            lastOfs += hint;
            offset += hint;
        }
        lastOfs++;
        while (lastOfs < offset)
        {
            int m = lastOfs + ((offset - lastOfs) >> 1);
            if (Compare(key, array[@base + m]) < 0) offset = m;
            else lastOfs = m + 1;
        }
        return offset;
    }

    T[] TempArray(int size)
    {
        if (_temp.Length < size) _temp = new T[Math.Max(32, size)];
        return _temp;
    }

    void MergeLow(int baseA, int lengthA, int baseB, int lengthB)
    {
        var work = _work;
        var temp = TempArray(lengthA);
        Array.Copy(work, baseA, temp, 0, lengthA);
        int dest = baseA, cursorTemp = 0, cursorB = baseB;
        work[dest++] = work[cursorB++];
        if (--lengthB == 0) goto Succeed;
        if (lengthA == 1) goto CopyB;
        int minGallop = _minGallop;
        while (true)
        {
            int winsA = 0, winsB = 0;
            while (true)
            {
                if (Compare(work[cursorB], temp[cursorTemp]) < 0)
                {
                    work[dest++] = work[cursorB++];
                    winsB++;
                    lengthB--;
                    winsA = 0;
                    if (lengthB == 0) goto Succeed;
                    if (winsB >= minGallop) break;
                }
                else
                {
                    work[dest++] = temp[cursorTemp++];
                    winsA++;
                    lengthA--;
                    winsB = 0;
                    if (lengthA == 1) goto CopyB;
                    if (winsA >= minGallop) break;
                }
            }
            minGallop++;
            bool first = true;
            while (winsA >= MinGallopWins || winsB >= MinGallopWins || first)
            {
                first = false;
                minGallop = Math.Max(1, minGallop - 1);
                _minGallop = minGallop;
                winsA = GallopRight(temp, work[cursorB], cursorTemp, lengthA, 0);
                if (winsA > 0)
                {
                    Array.Copy(temp, cursorTemp, work, dest, winsA);
                    dest += winsA;
                    cursorTemp += winsA;
                    lengthA -= winsA;
                    if (lengthA == 1) goto CopyB;
                    if (lengthA == 0) goto Succeed;
                }
                work[dest++] = work[cursorB++];
                if (--lengthB == 0) goto Succeed;
                winsB = GallopLeft(work, temp[cursorTemp], cursorB, lengthB, 0);
                if (winsB > 0)
                {
                    Array.Copy(work, cursorB, work, dest, winsB);
                    dest += winsB;
                    cursorB += winsB;
                    lengthB -= winsB;
                    if (lengthB == 0) goto Succeed;
                }
                work[dest++] = temp[cursorTemp++];
                if (--lengthA == 1) goto CopyB;
            }
            minGallop++;
            _minGallop = minGallop;
        }
    Succeed:
        if (lengthA > 0) Array.Copy(temp, cursorTemp, work, dest, lengthA);
        return;
    CopyB:
        Array.Copy(work, cursorB, work, dest, lengthB);
        work[dest + lengthB] = temp[cursorTemp];
    }

    void MergeHigh(int baseA, int lengthA, int baseB, int lengthB)
    {
        var work = _work;
        var temp = TempArray(lengthB);
        Array.Copy(work, baseB, temp, 0, lengthB);
        int dest = baseB + lengthB - 1, cursorTemp = lengthB - 1, cursorA = baseA + lengthA - 1;
        work[dest--] = work[cursorA--];
        if (--lengthA == 0) goto Succeed;
        if (lengthB == 1) goto CopyA;
        int minGallop = _minGallop;
        while (true)
        {
            int winsA = 0, winsB = 0;
            while (true)
            {
                if (Compare(temp[cursorTemp], work[cursorA]) < 0)
                {
                    work[dest--] = work[cursorA--];
                    winsA++;
                    lengthA--;
                    winsB = 0;
                    if (lengthA == 0) goto Succeed;
                    if (winsA >= minGallop) break;
                }
                else
                {
                    work[dest--] = temp[cursorTemp--];
                    winsB++;
                    lengthB--;
                    winsA = 0;
                    if (lengthB == 1) goto CopyA;
                    if (winsB >= minGallop) break;
                }
            }
            minGallop++;
            bool first = true;
            while (winsA >= MinGallopWins || winsB >= MinGallopWins || first)
            {
                first = false;
                minGallop = Math.Max(1, minGallop - 1);
                _minGallop = minGallop;
                int k = GallopRight(work, temp[cursorTemp], baseA, lengthA, lengthA - 1);
                winsA = lengthA - k;
                if (winsA > 0)
                {
                    dest -= winsA;
                    cursorA -= winsA;
                    Array.Copy(work, cursorA + 1, work, dest + 1, winsA);
                    lengthA -= winsA;
                    if (lengthA == 0) goto Succeed;
                }
                work[dest--] = temp[cursorTemp--];
                if (--lengthB == 1) goto CopyA;
                k = GallopLeft(temp, work[cursorA], 0, lengthB, lengthB - 1);
                winsB = lengthB - k;
                if (winsB > 0)
                {
                    dest -= winsB;
                    cursorTemp -= winsB;
                    Array.Copy(temp, cursorTemp + 1, work, dest + 1, winsB);
                    lengthB -= winsB;
                    if (lengthB == 1) goto CopyA;
                    if (lengthB == 0) goto Succeed;
                }
                work[dest--] = work[cursorA--];
                if (--lengthA == 0) goto Succeed;
            }
            minGallop++;
            _minGallop = minGallop;
        }
    Succeed:
        if (lengthB > 0) Array.Copy(temp, 0, work, dest - (lengthB - 1), lengthB);
        return;
    CopyA:
        dest -= lengthA;
        cursorA -= lengthA;
        Array.Copy(work, cursorA + 1, work, dest + 1, lengthA);
        work[dest] = temp[cursorTemp];
    }
}
