namespace Jsc.Stdlib;

/// <summary>`process.exit(code)`: unwinds the JavaScript thread (JS `catch` cannot stop it) to the host, which exits with the code.</summary>
public sealed class ProcessExit(int code) : Exception($"process.exit({code})")
{
    public int Code { get; } = code;
}
