package se.finsam.command.history;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree, its proofs and their verification agree for every size, and a changed leaf or
 * root is caught; pinned to the published RFC 6962 test vectors.
 */
class MerkleTreeProperties {

	@Property(tries = 60)
	void everyLeafIsProvablyIncludedAndAChangedLeafIsNot(@ForAll @IntRange(min = 1, max = 70) int size) {
		List<byte[]> leaves = leaves(size);
		byte[] root = MerkleTree.root(leaves, 0, size);
		for (int m = 0; m < size; m++) {
			List<byte[]> path = MerkleTree.inclusionProof(leaves, m, size);
			assertThat(MerkleTree.verifyInclusion(leaves.get(m), m, size, path, root)).as("leaf %d of %d", m, size)
				.isTrue();
			assertThat(MerkleTree.verifyInclusion(MerkleTree.leafHash("forged".getBytes(StandardCharsets.UTF_8)), m,
					size, path, root))
				.isFalse();
		}
	}

	@Property(tries = 60)
	void everyLargerTreeProvablyExtendsEverySmallerOne(@ForAll @IntRange(min = 1, max = 70) int size) {
		List<byte[]> leaves = leaves(size);
		byte[] root2 = MerkleTree.root(leaves, 0, size);
		for (int m = 1; m <= size; m++) {
			byte[] root1 = MerkleTree.root(leaves, 0, m);
			List<byte[]> proof = MerkleTree.consistencyProof(leaves, m, size);
			assertThat(MerkleTree.verifyConsistency(m, size, root1, root2, proof)).as("%d within %d", m, size).isTrue();
			if (m < size) {
				List<byte[]> rewritten = new ArrayList<>(leaves);
				rewritten.set(m - 1, MerkleTree.leafHash("rewritten".getBytes(StandardCharsets.UTF_8)));
				assertThat(MerkleTree.verifyConsistency(m, size, MerkleTree.root(rewritten, 0, m), root2, proof))
					.as("a rewritten history does not extend")
					.isFalse();
			}
		}
	}

	/** RFC 6962's reference roots for the first leaves of its test data. */
	@Example
	void matchesTheReferenceVectors() {
		String[] data = { "", "00", "10", "2021", "3031", "40414243", "5051525354555657",
				"606162636465666768696a6b6c6d6e6f" };
		List<byte[]> leaves = new ArrayList<>();
		for (String leaf : data) {
			leaves.add(MerkleTree.leafHash(HexFormat.of().parseHex(leaf)));
		}
		assertThat(HexFormat.of().formatHex(MerkleTree.root(leaves, 0, 0)))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(HexFormat.of().formatHex(MerkleTree.root(leaves, 0, 1)))
			.isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
		assertThat(HexFormat.of().formatHex(MerkleTree.root(leaves, 0, 8)))
			.isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
	}

	private static List<byte[]> leaves(int size) {
		List<byte[]> leaves = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			leaves.add(MerkleTree.leafHash(("event " + i).getBytes(StandardCharsets.UTF_8)));
		}
		return leaves;
	}

}
