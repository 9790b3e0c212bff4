using System.Runtime.InteropServices;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Stdio;

/// <summary>
/// tty.ReadStream#setRawMode on Linux: the terminal settings libuv's UV_TTY_MODE_RAW makes
/// (no echo, no line editing, no signals from keys, bytes as typed), and the saved settings
/// restored when raw mode is turned off. The termios layout and flag values are Linux's.
/// </summary>
static partial class RawMode
{
    [LibraryImport("libc", SetLastError = true)] private static partial int tcgetattr(int fd, [Out] byte[] termios);
    [LibraryImport("libc", SetLastError = true)] private static partial int tcsetattr(int fd, int action, byte[] termios);

    const int TermiosSize = 60; // struct termios on Linux
    const uint BRKINT = 0x2, INPCK = 0x10, ISTRIP = 0x20, ICRNL = 0x100, IXON = 0x400;
    const uint CS8 = 0x30;
    const uint ISIG = 0x1, ICANON = 0x2, ECHO = 0x8, IEXTEN = 0x8000;
    const int VTIME = 5, VMIN = 6, CcOffset = 17;
    const int TCSADRAIN = 1;

    static byte[]? saved;

    /// <summary>Returns 0, or the errno (as a negative number) when the fd is not a terminal.</summary>
    public static JsValue Set(int fd, bool raw)
    {
        if (!raw)
        {
            if (saved != null && tcsetattr(fd, TCSADRAIN, saved) != 0) return -Marshal.GetLastPInvokeError();
            return 0;
        }
        var mode = new byte[TermiosSize + 4];
        if (tcgetattr(fd, mode) != 0) return -Marshal.GetLastPInvokeError();
        saved ??= (byte[])mode.Clone();
        Update(mode, 0, iflag => iflag & ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON));
        Update(mode, 8, cflag => cflag | CS8);
        Update(mode, 12, lflag => lflag & ~(ECHO | ICANON | IEXTEN | ISIG));
        mode[CcOffset + VMIN] = 1;
        mode[CcOffset + VTIME] = 0;
        if (tcsetattr(fd, TCSADRAIN, mode) != 0) return -Marshal.GetLastPInvokeError();
        return 0;
    }

    static void Update(byte[] termios, int offset, Func<uint, uint> change)
    {
        var value = BitConverter.ToUInt32(termios, offset);
        BitConverter.TryWriteBytes(termios.AsSpan(offset), change(value));
    }
}
