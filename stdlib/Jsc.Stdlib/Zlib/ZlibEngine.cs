using System.Runtime.InteropServices;
using static Jsc.Stdlib.Zlib.ZlibNative;

namespace Jsc.Stdlib.Zlib;

/// <summary>Node's zlib modes (zlib.constants.DEFLATE ... UNZIP).</summary>
enum ZlibMode { None, Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip }

/// <summary>A zlib failure as node reports it: the message (zlib's own when it gave one) and the return code.</summary>
sealed class ZlibError(string message, int errno) : Exception(message)
{
    public int Errno { get; } = errno;
}

/// <summary>
/// One compression or decompression stream, doing what node's ZlibContext does
/// (src/node_zlib.cc): one z_stream in a mode, the dictionary, unzip's header sniffing,
/// concatenated gzip members, and node's rules for which return codes are errors.
/// Output goes into chunkSize buffers the way node's zlib.js fills them, so 'data'
/// chunks have the sizes node's have.
/// </summary>
sealed unsafe class ZlibEngine : IDisposable
{
    readonly ZStream* strm;
    ZlibMode mode;
    readonly ZlibMode initialMode;
    readonly int level, windowBits, memLevel, strategy;
    readonly byte[]? dictionary;
    readonly int chunkSize;
    int gzipIdBytesRead;
    bool initialized;
    byte[]? outBuffer;
    int outOffset;

    public ZlibEngine(ZlibMode mode, int level, int windowBits, int memLevel, int strategy, int chunkSize, byte[]? dictionary)
    {
        this.mode = initialMode = mode;
        this.level = level;
        this.memLevel = memLevel;
        this.strategy = strategy;
        this.chunkSize = chunkSize;
        this.dictionary = dictionary is { Length: > 0 } ? dictionary : null;
        this.windowBits = mode switch
        {
            ZlibMode.Gzip or ZlibMode.Gunzip => windowBits + 16,
            ZlibMode.Unzip => windowBits + 32,
            ZlibMode.DeflateRaw or ZlibMode.InflateRaw => -windowBits,
            _ => windowBits,
        };
        strm = (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));
        int err = IsDeflate
            ? DeflateInit2(strm, level, 8, this.windowBits, memLevel, strategy, ZlibNative.Version(), sizeof(ZStream))
            : InflateInit2(strm, this.windowBits, ZlibNative.Version(), sizeof(ZStream));
        if (err != Z_OK) throw new ZlibError("Init error", err);
        initialized = true;
        SetDictionary();
    }

    bool IsDeflate => initialMode is ZlibMode.Deflate or ZlibMode.Gzip or ZlibMode.DeflateRaw;

    void SetDictionary()
    {
        if (dictionary == null) return;
        int err = Z_OK;
        fixed (byte* d = dictionary)
        {
            if (IsDeflate) err = DeflateSetDictionary(strm, d, (uint)dictionary.Length);
            else if (mode == ZlibMode.InflateRaw) err = InflateSetDictionary(strm, d, (uint)dictionary.Length);
        }
        if (err != Z_OK) throw Error("Failed to set dictionary", err);
    }

    /// <summary>zlib.params(): deflateParams on a deflating stream.</summary>
    public void Params(int newLevel, int newStrategy)
    {
        if (!IsDeflate) return;
        int err = DeflateParams(strm, newLevel, newStrategy);
        if (err != Z_OK && err != Z_BUF_ERROR) throw Error("Failed to set parameters", err);
    }

    /// <summary>zlib.reset(): back to a fresh stream with the same options.</summary>
    public void Reset()
    {
        gzipIdBytesRead = 0;
        mode = initialMode;
        int err = IsDeflate ? DeflateReset(strm) : InflateReset(strm);
        if (err != Z_OK) throw Error("Failed to reset stream", err);
        SetDictionary();
    }

    /// <summary>
    /// Feeds <paramref name="input"/> with a flush flag and hands each piece of output (a slice
    /// of the current chunkSize buffer) to <paramref name="push"/>, as node's processCallback does.
    /// </summary>
    public void Write(int flush, ReadOnlySpan<byte> input, Action<byte[], int, int> push)
    {
        if (!initialized) throw new ZlibError("zlib binding closed", Z_STREAM_ERROR);
        fixed (byte* inPtr = input)
        {
            strm->NextIn = inPtr;
            strm->AvailIn = (uint)input.Length;
            while (true)
            {
                if (outBuffer == null || outOffset >= chunkSize)
                {
                    outBuffer = new byte[chunkSize];
                    outOffset = 0;
                }
                int availBefore = chunkSize - outOffset;
                int err;
                fixed (byte* outPtr = outBuffer)
                {
                    strm->NextOut = outPtr + outOffset;
                    strm->AvailOut = (uint)availBefore;
                    err = Work(flush);
                }
                int have = availBefore - (int)strm->AvailOut;
                var buffer = outBuffer;
                int offset = outOffset;
                outOffset += have;
                bool full = strm->AvailOut == 0;
                if (full) outBuffer = null;
                CheckError(err, flush);
                if (have > 0) push(buffer, offset, have);
                if (!full) break;
            }
            strm->NextIn = null;
            strm->AvailIn = 0;
        }
    }

    int Work(int flush)
    {
        if (IsDeflate) return ZlibNative.Deflate(strm, flush);
        if (mode == ZlibMode.Unzip) SniffGzipHeader();
        int err = Inflate(strm, flush);
        if (mode != ZlibMode.InflateRaw && err == Z_NEED_DICT && dictionary != null)
        {
            fixed (byte* d = dictionary) err = InflateSetDictionary(strm, d, (uint)dictionary.Length);
            if (err == Z_OK) err = Inflate(strm, flush);
            else if (err == Z_DATA_ERROR) err = Z_NEED_DICT;
        }
        // More input after a gzip member's end: another member, unless it is zero padding.
        while (strm->AvailIn > 0 && mode == ZlibMode.Gunzip && err == Z_STREAM_END && strm->NextIn[0] != 0)
        {
            InflateReset(strm);
            err = Inflate(strm, flush);
        }
        return err;
    }

    /// <summary>Unzip decides between gzip and zlib from the first two bytes (node's gzip_id_bytes_read_).</summary>
    void SniffGzipHeader()
    {
        if (strm->AvailIn == 0) return;
        byte* next = strm->NextIn;
        if (gzipIdBytesRead == 0)
        {
            if (*next != 0x1f) { mode = ZlibMode.Inflate; return; }
            gzipIdBytesRead = 1;
            next++;
            if (strm->AvailIn == 1) return;
        }
        if (*next == 0x8b) { gzipIdBytesRead = 2; mode = ZlibMode.Gunzip; }
        else mode = ZlibMode.Inflate;
    }

    void CheckError(int err, int flush)
    {
        switch (err)
        {
            case Z_OK:
            case Z_BUF_ERROR:
                if (strm->AvailOut != 0 && flush == Z_FINISH) throw Error("unexpected end of file", err);
                break;
            case Z_STREAM_END:
                break;
            case Z_NEED_DICT:
                throw Error(dictionary == null ? "Missing dictionary" : "Bad dictionary", err);
            default:
                throw Error("Zlib error", err);
        }
    }

    ZlibError Error(string fallback, int err)
    {
        var message = strm->Msg != null ? new string(strm->Msg) : fallback;
        return new ZlibError(message, err);
    }

    public void Dispose()
    {
        Close();
        GC.SuppressFinalize(this);
    }

    void Close()
    {
        if (!initialized) return;
        initialized = false;
        if (IsDeflate) DeflateEnd(strm);
        else InflateEnd(strm);
        NativeMemory.Free(strm);
    }

    ~ZlibEngine() => Close();
}
