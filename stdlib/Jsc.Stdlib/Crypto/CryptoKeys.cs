using Jsc.Runtime.Objects;

namespace Jsc.Stdlib.Crypto;

public static partial class CryptoBinding
{
    /// <summary>Signing and Diffie-Hellman (added below when they work).</summary>
    static void InstallKeys(Realm realm, JsObject binding)
    {
    }
}
