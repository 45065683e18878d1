using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace VeniceAot.Testing
{
    /// <summary>Ways the loopback server answers.</summary>
    public static class Respond
    {
        public static async Task Json(HttpContext context, int status, string json, IDictionary<string, string>? headers = null)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            AddHeaders(context, headers);
            await context.Response.WriteAsync(json);
        }

        public static async Task Text(HttpContext context, int status, string contentType, string text, IDictionary<string, string>? headers = null)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            AddHeaders(context, headers);
            await context.Response.WriteAsync(text);
        }

        public static async Task Bytes(HttpContext context, int status, string contentType, byte[] bytes, IDictionary<string, string>? headers = null)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.ContentLength = bytes.Length;
            AddHeaders(context, headers);
            await context.Response.Body.WriteAsync(bytes);
        }

        /// <summary>
        /// Writes each item as a <c>data:</c> event, flushing after each; <paramref name="done"/> appends
        /// <c>data: [DONE]</c>. <paramref name="holdOpen"/> keeps the response open afterwards until the client goes away.
        /// </summary>
        public static async Task EventStream(HttpContext context, IEnumerable<string> dataItems, bool done = true, bool holdOpen = false)
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            foreach (string data in dataItems)
            {
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("data: " + data + "\n\n"));
                await context.Response.Body.FlushAsync();
            }

            if (done)
            {
                await context.Response.Body.WriteAsync("data: [DONE]\n\n"u8.ToArray());
                await context.Response.Body.FlushAsync();
            }

            if (holdOpen)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (TaskCanceledException)
                {
                    // The client went away, which is what the test waits for.
                }
            }
        }

        private static void AddHeaders(HttpContext context, IDictionary<string, string>? headers)
        {
            if (headers is null)
            {
                return;
            }

            foreach (KeyValuePair<string, string> header in headers)
            {
                context.Response.Headers[header.Key] = header.Value;
            }
        }
    }
}
