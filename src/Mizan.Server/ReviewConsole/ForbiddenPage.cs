using System.Text;

namespace Mizan.Server.ReviewConsole;

/// <summary>The short page a signed-in person sees for a page or action their role does not allow (status 403).</summary>
internal static class ForbiddenPage
{
    private static readonly byte[] s_body = Encoding.UTF8.GetBytes("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Forbidden</title><link rel="stylesheet" href="/console/console.css"></head>
        <body><main class="narrow"><h1>Forbidden</h1><p>Your role does not allow this page or action.</p>
        <p lang="ar" dir="rtl">لا يسمح دورك بهذه الصفحة أو هذا الإجراء.</p><p><a href="/">Mizan</a></p></main></body></html>
        """);

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = s_body.Length;
        return context.Response.Body.WriteAsync(s_body, context.RequestAborted).AsTask();
    }
}
