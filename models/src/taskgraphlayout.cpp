#include <cloacinamodels/taskgraphlayout.h>

#include <QHash>

#include <algorithm>
#include <functional>

namespace Cloacina {

QList<QList<int>> layeredColumns(const QList<TaskGraphNode>& nodes)
{
    QHash<QString, int> index;
    for (int i = 0; i < nodes.size(); ++i)
        index.insert(nodes.at(i).id, i);
    QList<int> layer(nodes.size(), -1);
    std::function<int(int, int)> depth = [&](int i, int guard) -> int {
        if (layer[i] >= 0)
            return layer[i];
        if (guard > nodes.size())
            return 0;
        int d = 0;
        for (const QString& dep : nodes.at(i).dependencies) {
            const int j = index.value(dep, -1);
            if (j >= 0 && j != i)
                d = qMax(d, depth(j, guard + 1) + 1);
        }
        layer[i] = d;
        return d;
    };
    int layers = 0;
    for (int i = 0; i < nodes.size(); ++i)
        layers = qMax(layers, depth(i, 0) + 1);

    QList<QList<int>> columns(layers);
    for (int i = 0; i < nodes.size(); ++i)
        columns[layer[i]].append(i);
    QHash<int, double> pos;
    for (int c = 0; c < layers; ++c) {
        if (c > 0) {
            auto bary = [&](int n) {
                double sum = 0;
                int count = 0;
                for (const QString& dep : nodes.at(n).dependencies) {
                    const int j = index.value(dep, -1);
                    if (j >= 0 && pos.contains(j)) {
                        sum += pos.value(j);
                        ++count;
                    }
                }
                return count ? sum / count : 1e9;
            };
            std::stable_sort(columns[c].begin(), columns[c].end(), [&](int a, int b) { return bary(a) < bary(b); });
        }
        for (int k = 0; k < columns[c].size(); ++k)
            pos.insert(columns[c][k], k);
    }
    return columns;
}

} // namespace Cloacina
