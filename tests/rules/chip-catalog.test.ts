import { defaultPack, findChip, normalizeRow } from "../../src/rules";

describe("findChip", () => {
  test.each([
    ["NVIDIA H100 SXM5 80GB", "nvidia-h100-sxm"],
    ["H100 PCIe", "nvidia-h100-pcie"],
    ["HGX-H20 8 GPU", "nvidia-hgx-h20"],
    ["GeForce RTX 4090 D", "nvidia-rtx-4090d"],
    ["RTX4090D", "nvidia-rtx-4090d"],
    ["Ascend910B", "huawei-ascend-910b"],
    ["HUAWEI ASCEND 910 B", "huawei-ascend-910b"],
    ["华为昇腾910C模组", "huawei-ascend-910c"],
    ["Atlas 800T A2 (Ascend 910B)", "huawei-atlas-800t-a2"],
    ["L4 24GB", "nvidia-l4"],
  ])("%s → %s", (item, id) => {
    expect(findChip(defaultPack, item)?.id).toBe(id);
  });

  test.each([["Fujitsu PRIMERGY SX910B"], ["DL480 server"], ["L40"], ["Zephyr X9"], ["RTX 5090"]])(
    "%s is not guessed",
    (item) => {
      expect(findChip(defaultPack, item)).toBeUndefined();
    },
  );
});

describe("ac_volume_increase reads numbers as ratios", () => {
  test.each([
    ["1", 1],
    ["3x", 3],
    ["150%", 1.5],
    ["yes", true],
    ["N", false],
  ] as const)("%s → %s", (text, value) => {
    expect(normalizeRow({ ac_volume_increase: text }).row.ac_volume_increase).toBe(value);
  });
});
