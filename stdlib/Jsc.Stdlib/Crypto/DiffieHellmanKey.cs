using System.Numerics;

namespace Jsc.Stdlib.Crypto;

/// <summary>How a Diffie-Hellman secret computation ended (node turns the failures into RangeErrors).</summary>
enum DhSecretStatus { Ok, KeyTooSmall, KeyTooLarge, InvalidKeyType }

/// <summary>
/// One Diffie-Hellman key exchange (PKCS #3) as node drives OpenSSL 3's DH: the group (prime p,
/// generator g), the key pair, DH_check's verifyError bits, key generation and the shared
/// secret, with OpenSSL's limits and error codes. All arithmetic is System.Numerics.BigInteger.
/// </summary>
sealed class DiffieHellmanKey
{
    const int MinModulusBits = 512;      // DH_MIN_MODULUS_BITS
    const int MaxModulusBits = 10000;    // OPENSSL_DH_MAX_MODULUS_BITS
    const int MaxCheckBits = 32768;      // OPENSSL_DH_CHECK_MAX_MODULUS_BITS

    // DH_check result bits.
    const int CheckPNotPrime = 0x01, CheckPNotSafePrime = 0x02, NotSuitableGenerator = 0x08,
        ModulusTooSmall = 0x80, ModulusTooLarge = 0x100;

    readonly int _namedKeyBits;

    public BigInteger Prime { get; }
    public BigInteger Generator { get; }
    public BigInteger? PrivateKey { get; set; }
    public BigInteger? PublicKey { get; set; }
    public int VerifyError { get; }

    DiffieHellmanKey(BigInteger prime, BigInteger generator, bool knownGood)
    {
        Prime = prime;
        Generator = generator;
        _namedKeyBits = generator == 2 ? ModpGroups.Named(Primes.ToBytes(prime))?.KeyBits ?? 0 : 0;
        VerifyError = knownGood || _namedKeyBits > 0 ? 0 : Check();
    }

    // --- construction (node's DiffieHellman::New and Init overloads) ---

    /// <summary>New parameters: a safe prime of <paramref name="bits"/> bits for the generator (DH_generate_parameters_ex).</summary>
    public static DiffieHellmanKey Generate(int bits, int generator)
    {
        if (bits < MinModulusBits) throw Errors.ModulusTooSmall();
        if (bits > MaxModulusBits) throw Errors.ModulusTooLarge();
        if (generator <= 1) throw Errors.BadGenerator(bnLib: true);
        // OpenSSL's choice of residues, so that g generates the subgroup of order q or 2q.
        var prime = generator switch
        {
            2 => Primes.GenerateSafePrime(bits, 24, 23),
            5 => Primes.GenerateSafePrime(bits, 60, 59),
            _ => Primes.GenerateSafePrime(bits, 12, 11),
        };
        return new DiffieHellmanKey(prime, generator, knownGood: false);
    }

    public static DiffieHellmanKey FromPrime(ReadOnlySpan<byte> prime, int generator)
    {
        if (generator < 2) throw Errors.BadGenerator(bnLib: false);
        if (prime.Length == 0) throw Errors.BitsTooSmall();
        return Checked(Primes.FromBytes(prime), generator);
    }

    public static DiffieHellmanKey FromPrime(ReadOnlySpan<byte> prime, ReadOnlySpan<byte> generator)
    {
        if (prime.Length == 0) throw Errors.BitsTooSmall();
        if (generator.Length == 0) throw Errors.BadGenerator(bnLib: false);
        var g = Primes.FromBytes(generator);
        if (g <= 1) throw Errors.BadGenerator(bnLib: false);
        return Checked(Primes.FromBytes(prime), g);
    }

    public static DiffieHellmanKey FromGroup(ModpGroups.Group group) =>
        new(Primes.FromBytes(Convert.FromHexString(group.PrimeHex)), 2, knownGood: true);

    static DiffieHellmanKey Checked(BigInteger prime, BigInteger generator)
    {
        if (Primes.BitLength(prime) > MaxCheckBits) throw Errors.ModulusTooLarge();
        return new DiffieHellmanKey(prime, generator, knownGood: false);
    }

    /// <summary>DH_check (OpenSSL 3): the parameter checks, then p and (p - 1) / 2 prime.</summary>
    int Check()
    {
        int result = 0, bits = Primes.BitLength(Prime);
        if (Prime.IsEven) result |= CheckPNotPrime;
        if (Generator <= 1 || Generator >= Prime - 1) result |= NotSuitableGenerator;
        if (bits < MinModulusBits) result |= ModulusTooSmall;
        if (bits > MaxModulusBits) result |= ModulusTooLarge;
        int rounds = Primes.CheckRounds(bits);
        if (!Primes.IsProbablePrime(Prime, rounds)) result |= CheckPNotPrime;
        else if (!Primes.IsProbablePrime(Prime >> 1, rounds)) result |= CheckPNotSafePrime;
        return result;
    }

    // --- keys ---

    /// <summary>DH_generate_key: a private key when there is none, then the public key g^x mod p.</summary>
    public void GenerateKeys()
    {
        int bits = Primes.BitLength(Prime);
        if (bits > MaxModulusBits) throw Errors.ModulusTooLarge();
        if (bits < MinModulusBits) throw Errors.ModulusTooSmall();
        PrivateKey ??= _namedKeyBits > 0 ? NamedGroupPrivateKey() : Primes.RandomBits(bits - 2);
        PublicKey = BigInteger.ModPow(Generator, PrivateKey.Value, Prime);
    }

    /// <summary>For a named group, SP 800-56A's key: uniform in [1, min(2^N, q)) with N the group's key length.</summary>
    BigInteger NamedGroupPrivateKey()
    {
        var twoPowN = BigInteger.One << _namedKeyBits;
        var q = Prime >> 1;
        var limit = twoPowN < q ? twoPowN : q;
        while (true)
        {
            var key = Primes.RandomBelow(twoPowN) + 1;
            if (key < limit) return key;
        }
    }

    /// <summary>
    /// DH_compute_key, padded to the prime's length: (other)^x mod p, refused when the result is
    /// 0, 1 or p - 1 or there is no private key. A prime outside OpenSSL's size limits gives zeros.
    /// </summary>
    public DhSecretStatus ComputeSecret(ReadOnlySpan<byte> otherPublicKey, out byte[] secret)
    {
        int size = (Primes.BitLength(Prime) + 7) / 8;
        secret = new byte[size];
        int bits = Primes.BitLength(Prime);
        if (bits > MaxModulusBits || bits < MinModulusBits) return DhSecretStatus.Ok;
        var other = Primes.FromBytes(otherPublicKey);
        if (PrivateKey is { } x)
        {
            var z = BigInteger.ModPow(other, x, Prime);
            if (z > 1 && z != Prime - 1)
            {
                secret = Primes.ToBytes(z, size);
                return DhSecretStatus.Ok;
            }
        }
        // Node explains the failure with DH_check_pub_key.
        if (other <= 1) return DhSecretStatus.KeyTooSmall;
        if (other >= Prime - 1) return DhSecretStatus.KeyTooLarge;
        return DhSecretStatus.InvalidKeyType;
    }

    /// <summary>OpenSSL's errors for the operations above, as node reports them.</summary>
    static class Errors
    {
        public static OpenSslError ModulusTooSmall() =>
            new("error:0280007E:Diffie-Hellman routines::modulus too small", "Diffie-Hellman routines", "modulus too small", "ERR_OSSL_DH_MODULUS_TOO_SMALL");

        public static OpenSslError ModulusTooLarge() =>
            new("error:02800067:Diffie-Hellman routines::modulus too large", "Diffie-Hellman routines", "modulus too large", "ERR_OSSL_DH_MODULUS_TOO_LARGE");

        public static OpenSslError BitsTooSmall() =>
            new("error:01800076:bignum routines::bits too small", "bignum routines", "bits too small", "ERR_OSSL_BN_BITS_TOO_SMALL");

        /// <summary>Bad generator; parameter generation also queues OpenSSL's "BN lib" error after it.</summary>
        public static OpenSslError BadGenerator(bool bnLib) =>
            new("error:02800065:Diffie-Hellman routines::bad generator", "Diffie-Hellman routines", "bad generator", "ERR_OSSL_DH_BAD_GENERATOR")
            {
                Stack = bnLib ? ["error:02880003:Diffie-Hellman routines::BN lib"] : [],
            };
    }
}
