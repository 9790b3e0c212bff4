using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace Jsc.Runtime.Builtins;

// TimeZoneInfo rounds offsets to whole minutes, but before standard time zones (1883 in
// New York, 1941 in India) local mean time had seconds: -4:56:02, +5:21:10. Node (ICU) keeps
// them, so the transitions are read from the zone's TZif file (RFC 8536) and TimeZoneInfo is
// asked only after the last listed transition, where the rule in the file's footer applies.
public static partial class DateTimeZone
{
    sealed class Transitions(long[] times, int[] offsets, bool[] daylight, int initialOffset, bool initialDaylight)
    {
        public readonly long[] Times = times;
        public readonly int[] Offsets = offsets;
        public readonly bool[] Daylight = daylight;
        public readonly int InitialOffset = initialOffset;
        public readonly bool InitialDaylight = initialDaylight;

        /// <summary>The offset (seconds) and daylight flag at a UTC time in seconds, or null after the last transition.</summary>
        public (int Offset, bool Daylight)? At(double seconds)
        {
            if (Times.Length == 0 || seconds < Times[0]) return (InitialOffset, InitialDaylight);
            if (seconds >= Times[^1]) return null;
            int lo = 0, hi = Times.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) >> 1;
                if (Times[mid] <= seconds) lo = mid; else hi = mid - 1;
            }
            return (Offsets[lo], Daylight[lo]);
        }
    }

    static readonly ConcurrentDictionary<string, Transitions?> TzifCache = new();

    static Transitions? TransitionsOf(TimeZoneInfo zone) => TzifCache.GetOrAdd(zone.Id, id => Load(zone));

    static Transitions? Load(TimeZoneInfo zone)
    {
        try
        {
            var dir = Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } tzdir ? tzdir : "/usr/share/zoneinfo";
            var path = Path.Combine(dir, zone.Id);
            if (!File.Exists(path))
            {
                if (zone != TimeZoneInfo.Local || !File.Exists("/etc/localtime")) return null;
                path = "/etc/localtime";
            }
            return Parse(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Reads the 64-bit (version 2+) data block of a TZif file; null for version 1 files.</summary>
    static Transitions? Parse(byte[] data)
    {
        if (data.Length < 44 || data[0] != 'T' || data[1] != 'Z' || data[2] != 'i' || data[3] != 'f' || data[4] < '2') return null;
        // Skip the version 1 block, whose size its header gives.
        var (isUtCount, isStdCount, leapCount, timeCount, typeCount, charCount) = Header(data, 0);
        int pos = 44 + timeCount * 5 + typeCount * 6 + charCount + leapCount * 8 + isStdCount + isUtCount;
        (_, _, _, timeCount, typeCount, _) = Header(data, pos);
        pos += 44;
        var times = new long[timeCount];
        for (int i = 0; i < timeCount; i++) times[i] = BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(pos + 8 * i));
        pos += 8 * timeCount;
        var typeIndexes = data.AsSpan(pos, timeCount).ToArray();
        pos += timeCount;
        var typeOffsets = new int[typeCount];
        var typeDaylight = new bool[typeCount];
        for (int i = 0; i < typeCount; i++)
        {
            typeOffsets[i] = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(pos + 6 * i));
            typeDaylight[i] = data[pos + 6 * i + 4] != 0;
        }
        var offsets = new int[timeCount];
        var daylight = new bool[timeCount];
        for (int i = 0; i < timeCount; i++)
        {
            offsets[i] = typeOffsets[typeIndexes[i]];
            daylight[i] = typeDaylight[typeIndexes[i]];
        }
        return new Transitions(times, offsets, daylight, typeCount > 0 ? typeOffsets[0] : 0, typeCount > 0 && typeDaylight[0]);
    }

    static (int, int, int, int, int, int) Header(byte[] data, int at)
    {
        int Count(int i) => BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at + 20 + 4 * i));
        return (Count(0), Count(1), Count(2), Count(3), Count(4), Count(5));
    }
}
