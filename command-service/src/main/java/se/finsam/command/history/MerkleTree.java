package se.finsam.command.history;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, as RFC 6962): SHA-256, leaf
 * hashes {@code H(0x00 || leaf)}, node hashes {@code H(0x01 || left || right)}, the split
 * at the largest power of two below the size. Computes the root of the first {@code n}
 * leaves, the audit path proving that a leaf is included, and the consistency proof that
 * a larger tree extends a smaller one; and verifies both as a third party would (RFC 9162
 * §2.1.3.2, §2.1.4.2).
 */
final class MerkleTree {

	private MerkleTree() {
	}

	static byte[] leafHash(byte[] leaf) {
		MessageDigest sha = sha256();
		sha.update((byte) 0x00);
		sha.update(leaf);
		return sha.digest();
	}

	static byte[] nodeHash(byte[] left, byte[] right) {
		MessageDigest sha = sha256();
		sha.update((byte) 0x01);
		sha.update(left);
		sha.update(right);
		return sha.digest();
	}

	/**
	 * The root over leaf hashes {@code [from, to)}; the empty tree's root is the hash of
	 * nothing.
	 */
	static byte[] root(List<byte[]> leaves, int from, int to) {
		int n = to - from;
		if (n == 0) {
			return sha256().digest();
		}
		if (n == 1) {
			return leaves.get(from);
		}
		int k = largestPowerOfTwoBelow(n);
		return nodeHash(root(leaves, from, from + k), root(leaves, from + k, to));
	}

	/**
	 * The audit path for leaf {@code m} in the tree of the first {@code n} leaf hashes.
	 */
	static List<byte[]> inclusionProof(List<byte[]> leaves, int m, int n) {
		List<byte[]> path = new ArrayList<>();
		inclusion(leaves, m, 0, n, path);
		return path;
	}

	private static void inclusion(List<byte[]> leaves, int m, int from, int to, List<byte[]> path) {
		int n = to - from;
		if (n <= 1) {
			return;
		}
		int k = largestPowerOfTwoBelow(n);
		if (m < k) {
			inclusion(leaves, m, from, from + k, path);
			path.add(root(leaves, from + k, to));
		}
		else {
			inclusion(leaves, m - k, from + k, to, path);
			path.add(root(leaves, from, from + k));
		}
	}

	/**
	 * The proof that the tree of the first {@code n} leaves extends the tree of the first
	 * {@code m}.
	 */
	static List<byte[]> consistencyProof(List<byte[]> leaves, int m, int n) {
		List<byte[]> proof = new ArrayList<>();
		if (m > 0 && m < n) {
			subproof(leaves, m, 0, n, true, proof);
		}
		return proof;
	}

	private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean whole, List<byte[]> proof) {
		int n = to - from;
		if (m == n) {
			if (!whole) {
				proof.add(root(leaves, from, to));
			}
			return;
		}
		int k = largestPowerOfTwoBelow(n);
		if (m <= k) {
			subproof(leaves, m, from, from + k, whole, proof);
			proof.add(root(leaves, from + k, to));
		}
		else {
			subproof(leaves, m - k, from + k, to, false, proof);
			proof.add(root(leaves, from, from + k));
		}
	}

	/**
	 * RFC 9162 §2.1.3.2: does the path prove that {@code leafHash} is leaf {@code index}
	 * of a tree of {@code size} with {@code root}?
	 */
	static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
		if (index >= size) {
			return false;
		}
		long fn = index;
		long sn = size - 1;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = nodeHash(p, r);
				if ((fn & 1) == 0) {
					while ((fn & 1) == 0 && fn != 0) {
						fn >>= 1;
						sn >>= 1;
					}
				}
			}
			else {
				r = nodeHash(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && Arrays.equals(r, root);
	}

	/**
	 * RFC 9162 §2.1.4.2: does the proof show that the tree ({@code size2}, {@code root2})
	 * extends ({@code size1}, {@code root1})?
	 */
	static boolean verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
		if (size1 == size2) {
			return proof.isEmpty() && Arrays.equals(root1, root2);
		}
		if (size1 == 0 || size1 > size2) {
			return size1 == 0 && proof.isEmpty();
		}
		if (proof.isEmpty()) {
			return false;
		}
		List<byte[]> path = new ArrayList<>(proof);
		if (Long.bitCount(size1) == 1) {
			path.add(0, root1);
		}
		long fn = size1 - 1;
		long sn = size2 - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		byte[] fr = path.get(0);
		byte[] sr = path.get(0);
		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = nodeHash(c, fr);
				sr = nodeHash(c, sr);
				if ((fn & 1) == 0) {
					while ((fn & 1) == 0 && fn != 0) {
						fn >>= 1;
						sn >>= 1;
					}
				}
			}
			else {
				sr = nodeHash(sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && Arrays.equals(fr, root1) && Arrays.equals(sr, root2);
	}

	private static int largestPowerOfTwoBelow(int n) {
		return Integer.highestOneBit(n - 1);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
