using System;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using Xunit;

namespace VeniceAot.Tests.Runtime
{
    /// <summary><see cref="VeniceClientOptions.Clone"/> (which the DI package uses so cached options never change) must miss nothing.</summary>
    public sealed class OptionsCloneTests
    {
        [Fact]
        public void Clone_carries_every_settable_property()
        {
            var source = new VeniceClientOptions();
            Fill(source);

            VeniceClientOptions copy = source.Clone();

            Assert.NotSame(source.Retry, copy.Retry);
            AssertSameValues(source, copy);
            AssertSameValues(source.Retry, copy.Retry);
        }

        private static void Fill(object target)
        {
            foreach (PropertyInfo property in target.GetType().GetProperties())
            {
                if (!property.CanWrite)
                {
                    continue;
                }

                Type type = property.PropertyType;
                object value =
                    type == typeof(string) ? "value-of-" + property.Name
                    : type == typeof(Uri) ? new Uri("https://copy.test/" + property.Name)
                    : type == typeof(TimeSpan) || type == typeof(TimeSpan?) ? TimeSpan.FromSeconds(1234 + property.Name.Length)
                    : type == typeof(bool) ? !(bool)property.GetValue(target)!
                    : type == typeof(int) ? 4321 + property.Name.Length
                    : type == typeof(long) ? 98765L + property.Name.Length
                    : type == typeof(HttpClient) ? new HttpClient()
                    : type == typeof(Func<CancellationToken, ValueTask<string>>) ? new Func<CancellationToken, ValueTask<string>>(_ => ValueTask.FromResult("sig"))
                    : type == typeof(RetryOptions) ? Filled(new RetryOptions())
                    : throw new InvalidOperationException($"{target.GetType().Name}.{property.Name} ({type}) is new: teach this test a value for it and VeniceClientOptions.Clone (or RetryOptions.Clone) to copy it.");
                property.SetValue(target, value);
            }
        }

        private static RetryOptions Filled(RetryOptions retry)
        {
            Fill(retry);
            return retry;
        }

        private static void AssertSameValues(object expected, object actual)
        {
            foreach (PropertyInfo property in expected.GetType().GetProperties())
            {
                if (property.CanWrite && property.PropertyType != typeof(RetryOptions))
                {
                    Assert.True(Equals(property.GetValue(expected), property.GetValue(actual)), $"{expected.GetType().Name}.{property.Name} was not copied.");
                }
            }
        }
    }
}
