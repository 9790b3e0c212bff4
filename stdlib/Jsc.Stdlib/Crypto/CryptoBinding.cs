using System.Security.Cryptography;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Modules;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;
using Jsc.Stdlib.Buffer;

namespace Jsc.Stdlib.Crypto;

/// <summary>
/// `internal/crypto`: the system side of the crypto module (https://nodejs.org/docs/v0.8.16/api/crypto.html),
/// over System.Security.Cryptography. lib/crypto.js checks arguments, converts encodings and
/// shapes the classes; data crosses here as Buffers (Uint8Arrays) only. Handles are plain
/// objects whose methods close over the .NET state:
/// hash(name) / hmac(name, key) → {update(bytes), digest() → Buffer, copy()};
/// cipher(mode, key, iv, decrypt) → {update, final, setAutoPadding, setAAD, getAuthTag, setAuthTag}.
/// </summary>
public static partial class CryptoBinding
{
    public static void Install(Realm realm) =>
        ModuleLoader.CoreModules.TryAdd("internal/crypto", r => JsValue.FromObject(Create(r)));

    static JsObject Create(Realm realm)
    {
        var binding = new JsObject(realm.ObjectPrototype);
        binding.DefineMethods(realm,
            new BuiltinMethod("hashes", 0, (_, _) => CoreBuiltins.CreateArrayFromList(HashNames().Select(n => JsValue.FromString(n)))),
            new BuiltinMethod("hash", 1, (_, a) => Hash(realm, a.Arg(0))),
            new BuiltinMethod("hmac", 2, (_, a) => Hmac(realm, a.Arg(0), a.Arg(1))),
            new BuiltinMethod("cipher", 4, (_, a) => Cipher(realm, a.Arg(0), a.Arg(1), a.Arg(2), a.Arg(3))),
            new BuiltinMethod("randomFill", 3, (_, a) => RandomFill(a.Arg(0), a.Arg(1), a.Arg(2))),
            new BuiltinMethod("pbkdf2", 5, (_, a) => Pbkdf2(a.Arg(0), a.Arg(1), a.Arg(2), a.Arg(3), a.Arg(4))),
            new BuiltinMethod("timingSafeEqual", 2, (_, a) => CryptographicOperations.FixedTimeEquals(Bytes(a.Arg(0)), Bytes(a.Arg(1)))),
            new BuiltinMethod("describe", 1, (_, a) => NodeErrors.DescribeReceived(a.Arg(0))));
        InstallKeys(realm, binding);
        InstallDiffieHellman(realm, binding);
        InstallSecureContext(realm, binding);
        return binding;
    }

    internal static ReadOnlySpan<byte> Bytes(JsValue value) =>
        BufferModule.AsUint8Array(value) is { } view ? view.Bytes : throw new InvalidOperationException("crypto binding expects a Uint8Array");

    internal static JsValue ToBuffer(byte[] bytes) => JsValue.FromObject(BufferModule.Create(bytes));

    // --- Hashes ---

    /// <summary>The digests that work here, by node's (OpenSSL's) lower-case names.</summary>
    static IEnumerable<string> HashNames()
    {
        var names = new List<string>
        {
            "RSA-MD5", "RSA-SHA1", "RSA-SHA256", "RSA-SHA384", "RSA-SHA512", "md5", "sha1", "sha256", "sha384", "sha512",
            "md5WithRSAEncryption", "sha1WithRSAEncryption", "sha256WithRSAEncryption", "sha384WithRSAEncryption",
            "sha512WithRSAEncryption", "ssl3-md5", "ssl3-sha1",
        };
        if (SHA3_256.IsSupported)
            names.AddRange(["RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512", "sha3-256", "sha3-384", "sha3-512",
                "id-rsassa-pkcs1-v1_5-with-sha3-256", "id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512"]);
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>.NET's name for a node digest name (case-insensitive, RSA- aliases), or null.</summary>
    internal static HashAlgorithmName? Algorithm(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.StartsWith("rsa-", StringComparison.Ordinal)) n = n[4..];
        else if (n.StartsWith("ssl3-", StringComparison.Ordinal)) n = n[5..];
        else if (n.StartsWith("id-rsassa-pkcs1-v1_5-with-", StringComparison.Ordinal)) n = n[26..];
        else if (n.EndsWith("withrsaencryption", StringComparison.Ordinal)) n = n[..^17];
        return n switch
        {
            "md5" => HashAlgorithmName.MD5,
            "sha1" => HashAlgorithmName.SHA1,
            "sha256" => HashAlgorithmName.SHA256,
            "sha384" => HashAlgorithmName.SHA384,
            "sha512" => HashAlgorithmName.SHA512,
            "sha3-256" when SHA3_256.IsSupported => HashAlgorithmName.SHA3_256,
            "sha3-384" when SHA3_384.IsSupported => HashAlgorithmName.SHA3_384,
            "sha3-512" when SHA3_512.IsSupported => HashAlgorithmName.SHA3_512,
            _ => null,
        };
    }

    static JsValue Hash(Realm realm, JsValue name) =>
        Algorithm(TypeConversion.ToString(name)) is { } alg ? HashHandle(realm, IncrementalHash.CreateHash(alg)) : JsValue.Null;

    static JsValue Hmac(Realm realm, JsValue name, JsValue key) =>
        Algorithm(TypeConversion.ToString(name)) is { } alg ? HashHandle(realm, IncrementalHash.CreateHMAC(alg, Bytes(key))) : JsValue.Null;

    static JsValue HashHandle(Realm realm, IncrementalHash hash)
    {
        var handle = new JsObject(realm.ObjectPrototype);
        handle.DefineMethods(realm,
            new BuiltinMethod("update", 1, (_, a) => { hash.AppendData(Bytes(a.Arg(0))); return JsValue.Undefined; }),
            new BuiltinMethod("digest", 0, (_, _) => ToBuffer(hash.GetHashAndReset())),
            new BuiltinMethod("copy", 0, (_, _) => HashHandle(realm, hash.Clone())));
        return JsValue.FromObject(handle);
    }

    // --- Ciphers ---

    static JsValue Cipher(Realm realm, JsValue modeName, JsValue key, JsValue iv, JsValue decrypt)
    {
        var mode = Enum.Parse<AesMode>(TypeConversion.ToString(modeName), ignoreCase: true);
        var cipher = new AesCipher(mode, Bytes(key).ToArray(), iv.IsNull ? [] : Bytes(iv).ToArray(), TypeConversion.ToBoolean(decrypt));
        var handle = new JsObject(realm.ObjectPrototype);
        handle.DefineMethods(realm,
            new BuiltinMethod("update", 1, (_, a) => ToBuffer(cipher.Update(Bytes(a.Arg(0))))),
            new BuiltinMethod("final", 0, (_, _) => Final(realm, cipher)),
            new BuiltinMethod("setAutoPadding", 1, (_, a) => { cipher.SetAutoPadding(TypeConversion.ToBoolean(a.Arg(0))); return JsValue.Undefined; }),
            new BuiltinMethod("setAAD", 1, (_, a) => { cipher.SetAad(Bytes(a.Arg(0))); return JsValue.Undefined; }),
            new BuiltinMethod("getAuthTag", 0, (_, _) => ToBuffer(cipher.Tag)),
            new BuiltinMethod("setAuthTag", 1, (_, a) => { cipher.ExpectedTag = Bytes(a.Arg(0)).ToArray(); return JsValue.Undefined; }));
        return JsValue.FromObject(handle);
    }

    static JsValue Final(Realm realm, AesCipher cipher)
    {
        try
        {
            var result = cipher.Final();
            return ToBuffer(result);
        }
        catch (OpenSslError e)
        {
            throw OpenSslException(realm, e);
        }
        finally
        {
            cipher.Dispose();
        }
    }

    // --- Random data, key derivation, comparison ---

    static JsValue RandomFill(JsValue buffer, JsValue offset, JsValue size)
    {
        var view = BufferModule.AsUint8Array(buffer) ?? throw new InvalidOperationException("crypto binding expects a Uint8Array");
        RandomNumberGenerator.Fill(view.Bytes.Slice((int)TypeConversion.ToNumber(offset), (int)TypeConversion.ToNumber(size)));
        return buffer;
    }

    /// <summary>PBKDF2 (RFC 8018 §5.2) with HMAC of any digest above (Rfc2898DeriveBytes has no MD5).</summary>
    static JsValue Pbkdf2(JsValue password, JsValue salt, JsValue iterations, JsValue keylen, JsValue digest)
    {
        var alg = Algorithm(TypeConversion.ToString(digest))!.Value;
        var key = Derive(Bytes(password).ToArray(), Bytes(salt).ToArray(), (int)TypeConversion.ToNumber(iterations), (int)TypeConversion.ToNumber(keylen), alg);
        return ToBuffer(key);
    }

    internal static byte[] Derive(byte[] password, byte[] salt, int iterations, int length, HashAlgorithmName alg)
    {
        if (alg == HashAlgorithmName.SHA1 || alg == HashAlgorithmName.SHA256 || alg == HashAlgorithmName.SHA384 || alg == HashAlgorithmName.SHA512)
            return Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, alg, length);
        var result = new byte[length];
        using var hmac = IncrementalHash.CreateHMAC(alg, password);
        var index = new byte[4];
        for (int block = 1, done = 0; done < length; block++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(index, block);
            hmac.AppendData(salt);
            hmac.AppendData(index);
            var u = hmac.GetHashAndReset();
            var t = (byte[])u.Clone();
            for (int i = 1; i < iterations; i++)
            {
                hmac.AppendData(u);
                u = hmac.GetHashAndReset();
                for (int j = 0; j < t.Length; j++) t[j] ^= u[j];
            }
            int n = Math.Min(t.Length, length - done);
            Array.Copy(t, 0, result, done, n);
            done += n;
        }
        return result;
    }
}
