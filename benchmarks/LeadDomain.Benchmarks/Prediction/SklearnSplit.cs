namespace LeadDomain.Benchmarks.Prediction;

/// <summary>
/// The split scikit-learn's <c>train_test_split(X, y, test_size=0.3, stratify=y, random_state=42)</c> makes, rebuilt
/// so that the AUC can be compared with the reference figures on the very same test rows: numpy's legacy
/// <c>RandomState</c> (MT19937 seeded by <c>init_genrand</c>), its Fisher-Yates <c>permutation</c> with masked
/// rejection sampling, and <c>StratifiedShuffleSplit</c>'s allocation (<c>_approximate_mode</c>) for two classes.
/// Only the membership of the sets matters for the AUC, so the final shuffles of the sets are left out.
/// </summary>
internal static class SklearnSplit
{
    /// <summary>Whether each row is in the test set.</summary>
    public static bool[] TestRows(bool[] converted, double testSize, uint seed)
    {
        var n = converted.Length;
        var nTest = (int)Math.Ceiling(testSize * n);
        var nTrain = n - nTest;

        // np.unique sorts the classes: false ("no") is class 0, true ("yes") class 1; class_indices keep file order.
        int[][] classIndices = [[.. Enumerable.Range(0, n).Where(i => !converted[i])], [.. Enumerable.Range(0, n).Where(i => converted[i])]];
        long[] counts = [classIndices[0].Length, classIndices[1].Length];
        var random = new Mt19937(seed);
        var trainPerClass = ApproximateMode(counts, nTrain, random);
        long[] remaining = [counts[0] - trainPerClass[0], counts[1] - trainPerClass[1]];
        var testPerClass = ApproximateMode(remaining, nTest, random);
        var test = new bool[n];
        for (var c = 0; c < 2; c++)
        {
            var permutation = random.Permutation(classIndices[c].Length);
            for (var k = trainPerClass[c]; k < trainPerClass[c] + testPerClass[c]; k++)
            {
                test[classIndices[c][permutation[k]]] = true;
            }
        }

        return test;
    }

    private static long[] ApproximateMode(long[] counts, int draws, Mt19937 random)
    {
        var total = counts.Sum();
        var continuous = counts.Select(c => (double)c / total * draws).ToArray();
        var floored = continuous.Select(Math.Floor).Select(x => (long)x).ToArray();
        var needToAdd = draws - floored.Sum();
        if (needToAdd > 0)
        {
            var remainder = continuous.Select((x, i) => x - floored[i]).ToArray();
            foreach (var value in remainder.Distinct().OrderByDescending(v => v))
            {
                var indices = Enumerable.Range(0, remainder.Length).Where(i => remainder[i] == value).ToArray();
                var addNow = (int)Math.Min(indices.Length, needToAdd);

                // rng.choice(inds, size, replace=False) is permutation(len(inds))[:size].
                var permutation = random.Permutation(indices.Length);
                foreach (var k in permutation[..addNow])
                {
                    floored[indices[k]]++;
                }

                needToAdd -= addNow;
                if (needToAdd == 0)
                {
                    break;
                }
            }
        }

        return floored;
    }

    /// <summary>numpy's legacy MT19937.</summary>
    internal sealed class Mt19937
    {
        private readonly uint[] _state = new uint[624];
        private int _position;

        public Mt19937(uint seed)
        {
            _state[0] = seed;
            for (var i = 1; i < 624; i++)
            {
                _state[i] = (1812433253u * (_state[i - 1] ^ (_state[i - 1] >> 30))) + (uint)i;
            }

            _position = 624;
        }

        public uint NextUInt32()
        {
            if (_position >= 624)
            {
                for (var k = 0; k < 624; k++)
                {
                    var y = (_state[k] & 0x80000000u) | (_state[(k + 1) % 624] & 0x7fffffffu);
                    _state[k] = _state[(k + 397) % 624] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0);
                }

                _position = 0;
            }

            var x = _state[_position++];
            x ^= x >> 11;
            x ^= (x << 7) & 0x9d2c5680u;
            x ^= (x << 15) & 0xefc60000u;
            x ^= x >> 18;
            return x;
        }

        /// <summary>random_sample(): 53 bits from two draws.</summary>
        public double NextDouble() => (((NextUInt32() >> 5) * 67108864.0) + (NextUInt32() >> 6)) / 9007199254740992.0;

        /// <summary>permutation(n): arange(n) shuffled by Fisher-Yates from the end, j = random_interval(i).</summary>
        public int[] Permutation(int n)
        {
            var result = Enumerable.Range(0, n).ToArray();
            for (var i = n - 1; i >= 1; i--)
            {
                var j = (int)Interval((uint)i);
                (result[i], result[j]) = (result[j], result[i]);
            }

            return result;
        }

        private uint Interval(uint max)
        {
            var mask = max;
            mask |= mask >> 1;
            mask |= mask >> 2;
            mask |= mask >> 4;
            mask |= mask >> 8;
            mask |= mask >> 16;
            uint value;
            while ((value = NextUInt32() & mask) > max)
            {
            }

            return value;
        }
    }
}
