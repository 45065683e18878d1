using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace VeniceAot.Tests.Responses
{
    /// <summary>Writes OpenAI Responses-style SSE: an <c>event:</c> line named after the payload's type, then <c>data:</c>.</summary>
    internal static class SseWriter
    {
        public static async Task WriteAsync(HttpContext context, IEnumerable<(string Event, string Data)> events, bool done, bool holdOpen)
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers["CF-RAY"] = "ray-123";
            foreach ((string name, string data) in events)
            {
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("event: " + name + "\ndata: " + data + "\n\n"));
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
                    // The client went away: it stopped reading after the terminal event.
                }
            }
        }
    }
}
