using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace Jsc.Stdlib.Dns;

/// <summary>One resource record of an answer section, its RDATA decoded by type (RFC 1035 §3.3, RFC 2782, RFC 3403, RFC 8659).</summary>
sealed record DnsRecord(string Name, int Type, uint Ttl, object Data);

sealed record MxData(int Priority, string Exchange);
sealed record SrvData(int Priority, int Weight, int Port, string Target);
sealed record SoaData(string NsName, string Hostmaster, uint Serial, uint Refresh, uint Retry, uint Expire, uint MinTtl);
sealed record NaptrData(string Flags, string Service, string Regexp, string Replacement, int Order, int Preference);
sealed record CaaData(int Critical, string Tag, string Value);

/// <summary>A parsed response: header fields and the answer records (RFC 1035 §4.1).</summary>
sealed record DnsResponse(ushort Id, bool Truncated, int ResponseCode, string QuestionName, int QuestionType, List<DnsRecord> Answers);

/// <summary>Builds queries and parses responses in the DNS wire format: https://www.rfc-editor.org/rfc/rfc1035#section-4</summary>
static class DnsMessage
{
    public const int A = 1, NS = 2, CNAME = 5, SOA = 6, PTR = 12, MX = 15, TXT = 16, AAAA = 28, SRV = 33, NAPTR = 35, ANY = 255, CAA = 257;

    /// <summary>A standard query with recursion desired and one question.</summary>
    public static byte[] BuildQuery(ushort id, string name, int type)
    {
        var bytes = new List<byte>(32 + name.Length);
        void U16(int v)
        {
            bytes.Add((byte)(v >> 8));
            bytes.Add((byte)v);
        }
        U16(id);
        U16(0x0100);
        U16(1);
        U16(0);
        U16(0);
        U16(0);
        foreach (var label in name.TrimEnd('.').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var data = Encoding.UTF8.GetBytes(label);
            if (data.Length > 63) throw new FormatException("label too long");
            bytes.Add((byte)data.Length);
            bytes.AddRange(data);
        }
        bytes.Add(0);
        U16(type);
        U16(1);
        return bytes.ToArray();
    }

    public static DnsResponse Parse(ReadOnlySpan<byte> message)
    {
        if (message.Length < 12) throw new FormatException("short message");
        ushort id = BinaryPrimitives.ReadUInt16BigEndian(message);
        ushort flags = BinaryPrimitives.ReadUInt16BigEndian(message[2..]);
        int qdCount = BinaryPrimitives.ReadUInt16BigEndian(message[4..]);
        int anCount = BinaryPrimitives.ReadUInt16BigEndian(message[6..]);
        int offset = 12;
        string questionName = "";
        int questionType = 0;
        for (int i = 0; i < qdCount; i++)
        {
            string name = ReadName(message, ref offset);
            if (i == 0)
            {
                questionName = name;
                questionType = BinaryPrimitives.ReadUInt16BigEndian(message[offset..]);
            }
            offset += 4;
        }
        var answers = new List<DnsRecord>();
        for (int i = 0; i < anCount && offset < message.Length; i++)
        {
            string name = ReadName(message, ref offset);
            int type = BinaryPrimitives.ReadUInt16BigEndian(message[offset..]);
            uint ttl = BinaryPrimitives.ReadUInt32BigEndian(message[(offset + 4)..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(message[(offset + 8)..]);
            offset += 10;
            if (offset + length > message.Length) throw new FormatException("truncated record");
            var data = ReadData(message, offset, length, type);
            if (data != null) answers.Add(new DnsRecord(name, type, ttl, data));
            offset += length;
        }
        return new DnsResponse(id, (flags & 0x0200) != 0, flags & 0xF, questionName, questionType, answers);
    }

    static object? ReadData(ReadOnlySpan<byte> message, int offset, int length, int type)
    {
        var data = message.Slice(offset, length);
        int at = offset;
        switch (type)
        {
            case A when length == 4:
            case AAAA when length == 16:
                return new IPAddress(data).ToString();
            case NS:
            case CNAME:
            case PTR:
                return ReadName(message, ref at);
            case MX:
                at += 2;
                return new MxData(BinaryPrimitives.ReadUInt16BigEndian(data), ReadName(message, ref at));
            case TXT:
                var chunks = new List<string>();
                for (int i = 0; i < length;)
                {
                    int n = data[i];
                    chunks.Add(Encoding.UTF8.GetString(data.Slice(i + 1, Math.Min(n, length - i - 1))));
                    i += n + 1;
                }
                return chunks;
            case SRV:
                at += 6;
                return new SrvData(BinaryPrimitives.ReadUInt16BigEndian(data), BinaryPrimitives.ReadUInt16BigEndian(data[2..]),
                    BinaryPrimitives.ReadUInt16BigEndian(data[4..]), ReadName(message, ref at));
            case SOA:
                string ns = ReadName(message, ref at), mbox = ReadName(message, ref at);
                var rest = message[at..];
                return new SoaData(ns, mbox, BinaryPrimitives.ReadUInt32BigEndian(rest), BinaryPrimitives.ReadUInt32BigEndian(rest[4..]),
                    BinaryPrimitives.ReadUInt32BigEndian(rest[8..]), BinaryPrimitives.ReadUInt32BigEndian(rest[12..]),
                    BinaryPrimitives.ReadUInt32BigEndian(rest[16..]));
            case NAPTR:
                int order = BinaryPrimitives.ReadUInt16BigEndian(data), preference = BinaryPrimitives.ReadUInt16BigEndian(data[2..]);
                at += 4;
                string flags = ReadCharacterString(message, ref at), service = ReadCharacterString(message, ref at),
                    regexp = ReadCharacterString(message, ref at);
                return new NaptrData(flags, service, regexp, ReadName(message, ref at), order, preference);
            case CAA:
                int tagLength = data[1];
                return new CaaData(data[0], Encoding.ASCII.GetString(data.Slice(2, tagLength)),
                    Encoding.UTF8.GetString(data[(2 + tagLength)..]));
            default:
                return null;
        }
    }

    static string ReadCharacterString(ReadOnlySpan<byte> message, ref int offset)
    {
        int n = message[offset];
        string s = Encoding.UTF8.GetString(message.Slice(offset + 1, n));
        offset += n + 1;
        return s;
    }

    /// <summary>A domain name, following compression pointers (RFC 1035 §4.1.4); no trailing dot.</summary>
    static string ReadName(ReadOnlySpan<byte> message, ref int offset)
    {
        var name = new StringBuilder();
        int at = offset, jumps = 0;
        bool jumped = false;
        while (true)
        {
            int length = message[at];
            if ((length & 0xC0) == 0xC0)
            {
                if (++jumps > 64) throw new FormatException("compression loop");
                int target = ((length & 0x3F) << 8) | message[at + 1];
                if (!jumped) offset = at + 2;
                jumped = true;
                at = target;
                continue;
            }
            at++;
            if (length == 0) break;
            if (name.Length > 0) name.Append('.');
            name.Append(Encoding.UTF8.GetString(message.Slice(at, length)));
            at += length;
        }
        if (!jumped) offset = at;
        return name.ToString();
    }
}
