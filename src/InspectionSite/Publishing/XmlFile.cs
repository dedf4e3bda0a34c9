using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace InspectionSite.Publishing;

/// <summary>Writes an XML document as a UTF-8 file without a byte-order mark, as feeds and sitemaps expect.</summary>
public static class XmlFile
{
    public static OutputFile Of(string path, XDocument document)
    {
        using var bytes = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(bytes, settings)) document.Save(writer);
        return new OutputFile(path.TrimStart('/'), bytes.ToArray());
    }
}
