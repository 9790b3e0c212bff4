using System.Numerics;
using System.Security.Cryptography;

namespace Jsc.Stdlib.Crypto;

/// <summary>
/// Big-number helpers for Diffie-Hellman: unsigned big-endian conversions as OpenSSL's
/// BN_bin2bn/BN_bn2bin, random numbers from the system CSPRNG, the Miller-Rabin probable-prime
/// test (FIPS 186-5 B.3.1) and safe-prime generation (p and (p - 1) / 2 both prime) with a
/// small-prime sieve, as OpenSSL's BN_generate_prime_ex(safe = 1, add, rem) does for DH.
/// </summary>
static class Primes
{
    /// <summary>The odd primes below 2000, tried by division before Miller-Rabin.</summary>
    static readonly int[] SmallPrimes = SieveOddPrimes(2000);

    /// <summary>The odd primes below 2^18, sieved out of safe-prime candidates without a modular exponentiation.</summary>
    static readonly Lazy<int[]> SievePrimesList = new(() => SieveOddPrimes(1 << 18));

    static int[] SieveOddPrimes(int limit)
    {
        var composite = new bool[limit];
        var primes = new List<int>();
        for (int i = 3; i < limit; i += 2)
        {
            if (composite[i]) continue;
            primes.Add(i);
            for (long j = (long)i * i; j < limit; j += 2 * i) composite[j] = true;
        }
        return primes.ToArray();
    }

    public static BigInteger FromBytes(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: true, isBigEndian: true);

    /// <summary>The minimal big-endian bytes of a non-negative number: zero is no bytes, as BN_bn2bin writes it.</summary>
    public static byte[] ToBytes(BigInteger value) => value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true);

    /// <summary>Big-endian bytes left-padded with zeros to <paramref name="length"/> (BN_bn2binpad).</summary>
    public static byte[] ToBytes(BigInteger value, int length)
    {
        var bytes = ToBytes(value);
        if (bytes.Length >= length) return bytes;
        var padded = new byte[length];
        bytes.CopyTo(padded, length - bytes.Length);
        return padded;
    }

    public static int BitLength(BigInteger value) => value.Sign <= 0 ? 0 : (int)value.GetBitLength();

    /// <summary>A random number of exactly <paramref name="bits"/> bits (the top one set), as BN_rand(bits, TOP_ONE, BOTTOM_ANY).</summary>
    public static BigInteger RandomBits(int bits)
    {
        if (bits <= 0) return BigInteger.Zero;
        var bytes = RandomNumberGenerator.GetBytes((bits + 7) / 8);
        int extra = bytes.Length * 8 - bits;
        bytes[0] &= (byte)(0xFF >> extra);
        bytes[0] |= (byte)(0x80 >> extra);
        return FromBytes(bytes);
    }

    /// <summary>A uniformly random number in [0, <paramref name="bound"/>), by rejection.</summary>
    public static BigInteger RandomBelow(BigInteger bound)
    {
        int bits = BitLength(bound);
        var bytes = new byte[(bits + 7) / 8];
        int extra = bytes.Length * 8 - bits;
        while (true)
        {
            RandomNumberGenerator.Fill(bytes);
            bytes[0] &= (byte)(0xFF >> extra);
            var value = FromBytes(bytes);
            if (value < bound) return value;
        }
    }

    /// <summary>Miller-Rabin with random bases: false for composites, true for primes with error below 4^-rounds.</summary>
    public static bool IsProbablePrime(BigInteger n, int rounds)
    {
        if (n < 2) return false;
        foreach (int p in SmallPrimes)
        {
            if (n == p) return true;
            if (n % p == 0) return false;
        }
        if (n.IsEven) return n == 2;
        var nMinus1 = n - 1;
        var d = nMinus1;
        int s = 0;
        while (d.IsEven) { d >>= 1; s++; }
        for (int i = 0; i < rounds; i++)
        {
            var a = RandomBelow(n - 3) + 2;
            var x = BigInteger.ModPow(a, d, n);
            if (x.IsOne || x == nMinus1) continue;
            bool witness = true;
            for (int r = 1; r < s && witness; r++)
            {
                x = BigInteger.ModPow(x, 2, n);
                if (x == nMinus1) witness = false;
            }
            if (witness) return false;
        }
        return true;
    }

    /// <summary>Rounds for checking a number given by the caller: enough that a wrong answer is never seen, fewer for huge numbers.</summary>
    public static int CheckRounds(int bits) => bits >= 4096 ? 16 : bits >= 2048 ? 24 : 40;

    /// <summary>a⁻¹ mod m for a prime m not dividing a (extended Euclid).</summary>
    static int InverseMod(int a, int m)
    {
        int t = 0, newT = 1, r = m, newR = a % m;
        while (newR != 0)
        {
            int quotient = r / newR;
            (t, newT) = (newT, t - quotient * newT);
            (r, newR) = (newR, r - quotient * newR);
        }
        return t < 0 ? t + m : t;
    }

    /// <summary>
    /// A random safe prime p of exactly <paramref name="bits"/> bits with p ≡ <paramref name="remainder"/>
    /// (mod <paramref name="modulus"/>): candidates p = start + k·modulus from a random start, sieved
    /// (a window of k at a time) of those where p or q = (p - 1) / 2 has a small factor, then
    /// Fermat base 2 on q and Miller-Rabin on q and p.
    /// </summary>
    public static BigInteger GenerateSafePrime(int bits, int modulus, int remainder)
    {
        const int Window = 1 << 15;
        var top = BigInteger.One << bits;
        var excluded = new bool[Window];
        int rounds = bits >= 2048 ? 24 : 40;
        while (true)
        {
            var start = RandomBits(bits);
            start += remainder - (int)(start % modulus);
            if (BitLength(start) != bits) continue;
            Array.Clear(excluded);
            foreach (int r in SievePrimesList.Value)
            {
                int step = modulus % r, at = (int)(start % r);
                if (step == 0)
                {
                    // p mod r is the same for every k: all excluded or none.
                    if (at <= 1) Array.Fill(excluded, true);
                    continue;
                }
                // p ≡ 0 puts a factor r in p, p ≡ 1 one in q: mark the k where at + k·step hits either.
                int inverse = InverseMod(step, r);
                for (int bad = 0; bad <= 1; bad++)
                {
                    int k = (int)((long)((bad - at) % r + r) % r * inverse % r);
                    for (; k < Window; k += r) excluded[k] = true;
                }
            }
            for (int k = 0; k < Window; k++)
            {
                if (excluded[k]) continue;
                var p = start + (BigInteger)k * modulus;
                if (p >= top) break;
                var q = p >> 1;
                if (!BigInteger.ModPow(2, q - 1, q).IsOne) continue;
                if (IsProbablePrime(q, rounds) && IsProbablePrime(p, rounds)) return p;
            }
        }
    }
}
