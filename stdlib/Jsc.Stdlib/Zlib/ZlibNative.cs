using System.Runtime.InteropServices;

namespace Jsc.Stdlib.Zlib;

/// <summary>
/// The machine's zlib (libz.so.1, part of every Debian/Ubuntu base system), the library node
/// itself wraps. System.IO.Compression cannot do what node's zlib API promises: it has no
/// preset dictionaries, no windowBits/memLevel/strategy, no deflateParams, no streaming
/// inflate that is fed input chunk by chunk, and it reports corrupt data without zlib's
/// messages ("incorrect header check"). So the binding calls zlib directly, through a
/// z_stream kept in native memory (zlib keeps a pointer back to it).
/// https://zlib.net/manual.html
/// </summary>
static unsafe class ZlibNative
{
    const string Lib = "libz.so.1";

    public const int Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_ERRNO = -1, Z_STREAM_ERROR = -2,
        Z_DATA_ERROR = -3, Z_MEM_ERROR = -4, Z_BUF_ERROR = -5, Z_VERSION_ERROR = -6;
    public const int Z_FINISH = 4;

    /// <summary>z_stream on LP64 (zlib.h): the fields the binding reads and writes.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ZStream
    {
        public byte* NextIn;
        public uint AvailIn;
        public nuint TotalIn;
        public byte* NextOut;
        public uint AvailOut;
        public nuint TotalOut;
        public sbyte* Msg;
        public void* State;
        public void* ZAlloc;
        public void* ZFree;
        public void* Opaque;
        public int DataType;
        public nuint Adler;
        public nuint Reserved;
    }

    [DllImport(Lib, EntryPoint = "zlibVersion")] public static extern sbyte* Version();
    [DllImport(Lib, EntryPoint = "deflateInit2_")] public static extern int DeflateInit2(ZStream* strm, int level, int method, int windowBits, int memLevel, int strategy, sbyte* version, int streamSize);
    [DllImport(Lib, EntryPoint = "inflateInit2_")] public static extern int InflateInit2(ZStream* strm, int windowBits, sbyte* version, int streamSize);
    [DllImport(Lib, EntryPoint = "deflate")] public static extern int Deflate(ZStream* strm, int flush);
    [DllImport(Lib, EntryPoint = "inflate")] public static extern int Inflate(ZStream* strm, int flush);
    [DllImport(Lib, EntryPoint = "deflateEnd")] public static extern int DeflateEnd(ZStream* strm);
    [DllImport(Lib, EntryPoint = "inflateEnd")] public static extern int InflateEnd(ZStream* strm);
    [DllImport(Lib, EntryPoint = "deflateReset")] public static extern int DeflateReset(ZStream* strm);
    [DllImport(Lib, EntryPoint = "inflateReset")] public static extern int InflateReset(ZStream* strm);
    [DllImport(Lib, EntryPoint = "deflateParams")] public static extern int DeflateParams(ZStream* strm, int level, int strategy);
    [DllImport(Lib, EntryPoint = "deflateSetDictionary")] public static extern int DeflateSetDictionary(ZStream* strm, byte* dictionary, uint length);
    [DllImport(Lib, EntryPoint = "inflateSetDictionary")] public static extern int InflateSetDictionary(ZStream* strm, byte* dictionary, uint length);
    [DllImport(Lib, EntryPoint = "crc32")] public static extern nuint Crc32(nuint crc, byte* buf, uint length);

    /// <summary>zlib's own name for a return code, as node's `code` property shows it.</summary>
    public static string CodeName(int code) => code switch
    {
        Z_OK => "Z_OK", Z_STREAM_END => "Z_STREAM_END", Z_NEED_DICT => "Z_NEED_DICT", Z_ERRNO => "Z_ERRNO",
        Z_STREAM_ERROR => "Z_STREAM_ERROR", Z_DATA_ERROR => "Z_DATA_ERROR", Z_MEM_ERROR => "Z_MEM_ERROR",
        Z_BUF_ERROR => "Z_BUF_ERROR", Z_VERSION_ERROR => "Z_VERSION_ERROR", _ => "Z_UNKNOWN_ERROR",
    };
}
