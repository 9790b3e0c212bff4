using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Crypto;

/// <summary>
/// Diffie-Hellman for lib/internal/crypto/diffiehellman.js: dh(sizeOrPrime, generator) and
/// dhGroup(name) → a handle {verifyError, generateKeys() → public key, computeSecret(key) →
/// secret or the failure's name, getPrime, getGenerator, getPublicKey/getPrivateKey (null when
/// unset), setPublicKey, setPrivateKey}; dhGroup gives null for an unknown group.
/// </summary>
public static partial class CryptoBinding
{
    static void InstallDiffieHellman(Realm realm, JsObject binding) =>
        binding.DefineMethods(realm,
            new BuiltinMethod("dh", 2, (_, a) => DiffieHellman(realm, a.Arg(0), a.Arg(1))),
            new BuiltinMethod("dhGroup", 1, (_, a) =>
                ModpGroups.Find(TypeConversion.ToString(a.Arg(0))) is { } group
                    ? DhHandle(realm, DiffieHellmanKey.FromGroup(group))
                    : JsValue.Null));

    /// <summary>node's DiffieHellman::New: a prime length or a prime, with a numeric or byte generator.</summary>
    static JsValue DiffieHellman(Realm realm, JsValue sizeOrPrime, JsValue generator)
    {
        try
        {
            DiffieHellmanKey key;
            if (sizeOrPrime.IsNumber)
            {
                // Parameter generation takes a numeric generator only; node fails a byte one without a reason.
                if (!generator.IsNumber) throw new JsException(JsValue.FromObject(new JsError(realm.ErrorPrototype, "Initialization failed")));
                int bits = (int)sizeOrPrime.Number;
                if (bits < 2)
                    throw new OpenSslError("error:0280007E:Diffie-Hellman routines::modulus too small", "Diffie-Hellman routines", "modulus too small", "ERR_OSSL_DH_MODULUS_TOO_SMALL");
                key = DiffieHellmanKey.Generate(bits, (int)generator.Number);
            }
            else if (generator.IsNumber)
            {
                key = DiffieHellmanKey.FromPrime(Bytes(sizeOrPrime), (int)generator.Number);
            }
            else
            {
                key = DiffieHellmanKey.FromPrime(Bytes(sizeOrPrime), Bytes(generator));
            }
            return DhHandle(realm, key);
        }
        catch (OpenSslError e)
        {
            throw OpenSslException(realm, e);
        }
    }

    static JsValue DhHandle(Realm realm, DiffieHellmanKey key)
    {
        var handle = new JsObject(realm.ObjectPrototype);
        handle.FastAddProperty("verifyError", JsValue.FromNumber(key.VerifyError));
        handle.DefineMethods(realm,
            new BuiltinMethod("generateKeys", 0, (_, _) =>
            {
                try { key.GenerateKeys(); }
                catch (OpenSslError e) { throw OpenSslException(realm, e); }
                return ToBuffer(Primes.ToBytes(key.PublicKey!.Value));
            }),
            new BuiltinMethod("computeSecret", 1, (_, a) => key.ComputeSecret(Bytes(a.Arg(0)), out var secret) switch
            {
                DhSecretStatus.Ok => ToBuffer(secret),
                DhSecretStatus.KeyTooSmall => JsValue.FromString("small"),
                DhSecretStatus.KeyTooLarge => JsValue.FromString("large"),
                _ => JsValue.FromString("type"),
            }),
            new BuiltinMethod("getPrime", 0, (_, _) => ToBuffer(Primes.ToBytes(key.Prime))),
            new BuiltinMethod("getGenerator", 0, (_, _) => ToBuffer(Primes.ToBytes(key.Generator))),
            new BuiltinMethod("getPublicKey", 0, (_, _) => key.PublicKey is { } pub ? ToBuffer(Primes.ToBytes(pub)) : JsValue.Null),
            new BuiltinMethod("getPrivateKey", 0, (_, _) => key.PrivateKey is { } priv ? ToBuffer(Primes.ToBytes(priv)) : JsValue.Null),
            new BuiltinMethod("setPublicKey", 1, (_, a) => { key.PublicKey = Primes.FromBytes(Bytes(a.Arg(0))); return JsValue.Undefined; }),
            new BuiltinMethod("setPrivateKey", 1, (_, a) => { key.PrivateKey = Primes.FromBytes(Bytes(a.Arg(0))); return JsValue.Undefined; }));
        return JsValue.FromObject(handle);
    }

    /// <summary>An OpenSSL failure as node throws it: an Error with opensslErrorStack (when more were queued), library, reason and code.</summary>
    internal static JsException OpenSslException(Realm realm, OpenSslError e)
    {
        var error = new JsError(realm.ErrorPrototype, e.Message);
        if (e.Stack.Length > 0)
            error.FastAddProperty("opensslErrorStack", JsValue.FromObject(CoreBuiltins.CreateArrayFromList(e.Stack.Select(JsValue.FromString))));
        if (e.Code.Length > 0)
        {
            error.FastAddProperty("library", e.Library);
            error.FastAddProperty("reason", e.Reason);
            error.FastAddProperty("code", e.Code);
        }
        return new JsException(JsValue.FromObject(error));
    }
}
